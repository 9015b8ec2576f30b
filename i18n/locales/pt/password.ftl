# Passwords: choosing one (first or new), "Lost your password?", changing it, the rules.

## The form that sets a password.

password-account = Conta:
password-rules-hint = Pelo menos 10 caracteres. As frases-passe longas, feitas de palavras sem relação entre si, são fáceis de memorizar e difíceis de adivinhar; o seu nome, o seu e-mail e as palavras-passe comuns são recusados.
password-problem = Existe um problema
password-new-label = Nova palavra-passe
password-confirm-label = Confirmar a nova palavra-passe
password-set-submit = Definir a minha palavra-passe
password-choose-new = Escolha uma nova palavra-passe
password-new-set-title = A sua nova palavra-passe está definida
password-new-set = Por razões de segurança, todas as sessões da sua conta foram terminadas. Inicie sessão com a sua nova palavra-passe.

## "Lost your password?"

password-lost-title = Esqueceu-se da palavra-passe?
password-lost-intro = Introduza o endereço de correio eletrónico da sua conta. Enviar-lhe-emos uma ligação para escolher uma nova palavra-passe.
password-email-label = E-mail
password-lost-submit = Enviar-me uma ligação
password-email-invalid = Introduza um endereço de correio eletrónico válido.
password-check-mailbox = Consulte a sua caixa de correio
password-lost-sent = Se { $email } for o endereço de uma conta, enviámos para ele uma ligação para escolher uma nova palavra-passe.
password-lost-link-once = A ligação só pode ser utilizada uma vez, durante uma hora.

## "Change password" (from My account).

password-change-title = Alterar a palavra-passe
password-change-hint = Ao alterar a sua palavra-passe, a sua sessão é terminada em todos os outros navegadores.
password-current-label = Palavra-passe atual
password-change-submit = Alterar a palavra-passe
password-back-to-account = Voltar a «A minha conta»
password-not-current = Esta não é a sua palavra-passe atual.
password-mismatch = As duas palavras-passe não são iguais.

## The password rules. $count is a number of characters.

password-too-short = { $count ->
    [one] A sua palavra-passe deve ter pelo menos { $count } carácter.
   *[other] A sua palavra-passe deve ter pelo menos { $count } caracteres.
}
password-too-long = { $count ->
    [one] A sua palavra-passe deve ter no máximo { $count } carácter.
   *[other] A sua palavra-passe deve ter no máximo { $count } caracteres.
}
password-is-email = A sua palavra-passe não pode ser o seu endereço de correio eletrónico.
password-guessable = Esta palavra-passe é demasiado comum ou fácil de adivinhar. { $advice }

## Advice on a password that is easy to guess.

password-advice-default = Acrescente mais algumas palavras pouco comuns.
password-advice-few-words = Utilize várias palavras e evite expressões comuns.
password-advice-no-symbols-needed = Não são necessários símbolos, algarismos nem letras maiúsculas.
password-advice-another-word = Acrescente mais uma ou duas palavras. As palavras pouco comuns são melhores.
password-advice-capitals = As maiúsculas não ajudam muito.
password-advice-all-uppercase = Uma palavra-passe toda em maiúsculas é quase tão fácil de adivinhar como uma toda em minúsculas.
password-advice-reversed = As palavras escritas ao contrário não são muito mais difíceis de adivinhar.
password-advice-substitutions = As substituições previsíveis, como «@» em vez de «a», não ajudam muito.
password-advice-keyboard = Utilize um padrão de teclado mais longo, com mais mudanças de direção.
password-advice-repeats = Evite palavras e caracteres repetidos.
password-advice-sequences = Evite sequências.
password-advice-recent-years = Evite anos recentes.
password-advice-your-years = Evite anos associados a si.
password-advice-your-dates = Evite datas e anos associados a si.

## Lines of an account's security history. They start in lower case.

password-history-changed = palavra-passe alterada
password-history-reset = palavra-passe redefinida com uma ligação enviada por correio eletrónico
password-history-secured = conta protegida a partir da ligação enviada por correio eletrónico: palavra-passe, chaves de segurança e códigos de recuperação eliminados, todas as sessões terminadas
