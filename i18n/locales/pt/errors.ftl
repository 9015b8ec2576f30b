# Error pages (any page that cannot be shown), refused forms, used-up links.

## The error page.

errors-bad-request-title = Há um problema com este pedido
errors-forbidden-title = Este formulário não pode ser aceite
errors-not-found-title = Página não encontrada
errors-not-found = Não existe nenhuma página neste endereço.
errors-too-large-title = Demasiados dados
errors-too-large = O formulário enviou mais dados do que qualquer um dos nossos formulários necessita.
errors-too-many-requests-title = Demasiados pedidos
errors-unavailable-title = Serviço temporariamente indisponível
errors-unavailable = O serviço não pode responder neste momento. Nada foi alterado; tente novamente dentro de um minuto.
errors-internal-title = Ocorreu um erro do nosso lado
errors-internal = O erro foi registado. Tente novamente; se voltar a acontecer, contacte o apoio técnico indicando a referência abaixo.
errors-go-to-start = Ir para a página inicial
errors-reference = Referência para o apoio técnico:

## Forms that cannot be accepted.

errors-form-not-urlencoded = Os formulários devem ser enviados como application/x-www-form-urlencoded.
errors-form-other-site = O formulário foi enviado a partir de outro sítio Web.
errors-form-unreadable = Não foi possível ler o formulário.
errors-form-malformed = O formulário está mal formado.
errors-form-expired = Este formulário expirou ou não foi enviado a partir das nossas páginas. Volte atrás, recarregue a página e tente novamente.
errors-form-wrong-kind = O formulário contém um campo de tipo errado.

## Mails and links.

errors-too-many-mails = Foram pedidas demasiadas mensagens de correio eletrónico para este endereço ou a partir da sua rede. Tente novamente dentro de uma hora.
errors-link-invalid-title = Esta ligação não pode ser utilizada
errors-link-invalid = A ligação é inválida, expirou ou já foi utilizada. As ligações das nossas mensagens só funcionam uma vez.
errors-go-to-sign-in = Ir para o início de sessão
