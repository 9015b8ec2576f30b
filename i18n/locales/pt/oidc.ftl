# Signing in to applications (OpenID Connect): consent, sign-out, the way back to the
# application, sign-in requests that cannot be used.

## Consent: an application asks to use the account.

oidc-consent-title = Autorizar { $app }?
oidc-consent-heading = { $app } pede para utilizar a sua conta
oidc-consent-intro = Se autorizar, { $app } receberá:
oidc-consent-withdraw = Pode retirar esta autorização em qualquer momento em «A minha conta».
oidc-consent-allow = Autorizar
oidc-consent-deny = Recusar

## What an application receives.

oidc-scope-subject = um identificador estável da sua conta (não o seu endereço de correio eletrónico)
oidc-scope-profile = o seu nome e a sua língua preferida
oidc-scope-email = o seu endereço de correio eletrónico
oidc-scope-phone = o seu número de telemóvel confirmado
oidc-scope-offline = acesso enquanto não tiver sessão iniciada (até o retirar)

## Sign-out.

oidc-logout-title = Terminar sessão
oidc-logout-asks = { $app } pede para terminar a sua sessão.
oidc-logout-explain = Terminar a sessão encerra a sua sessão { $site } neste navegador, e as aplicações em que iniciou sessão com ela são informadas.
oidc-logout-submit = Terminar sessão
oidc-logout-request-unusable = Este pedido de fim de sessão não pode ser utilizado
oidc-logout-done-title = A sua sessão foi terminada
oidc-logout-not-signed-in = Não tem sessão iniciada neste navegador.
oidc-logout-malformed = O pedido de fim de sessão está mal formado.
oidc-logout-foreign-token = O pedido de fim de sessão contém um token de ID que não foi emitido por nós.
oidc-logout-two-applications = O pedido de fim de sessão indica duas aplicações diferentes.
oidc-logout-unregistered-address = A aplicação pediu para o enviar para um endereço que não registou.

## The page that sends the answer back to the application.

oidc-returning-title = Regresso à aplicação
oidc-returning-no-script = O JavaScript está desativado: prima o botão para voltar à aplicação.
oidc-returning-continue = Continuar para a aplicação

## Sign-in requests from an application that cannot be used.

oidc-request-unusable = Este pedido de início de sessão não pode ser utilizado
oidc-request-expired-title = Este pedido de início de sessão expirou
oidc-start-again = Volte à aplicação e recomece.
oidc-other-browser-title = Este pedido de início de sessão foi iniciado noutro navegador
oidc-other-browser = Por razões de segurança, um início de sessão só pode prosseguir no navegador em que começou. Volte à aplicação e recomece.
oidc-request-malformed = O pedido de início de sessão está mal formado.
oidc-go-to-account = Ir para «A minha conta»
oidc-changed-in-another-tab = Este pedido de início de sessão foi concluído ou alterado noutro separador. Volte à aplicação e recomece.
oidc-unknown-application = A aplicação que o enviou para aqui não está registada junto de nós.
oidc-unregistered-return-address = { $app } enviou-o para aqui com um endereço de retorno que não registou, pelo que não o podemos reencaminhar.
oidc-request-used = Este pedido de início de sessão expirou ou já foi utilizado. Volte à aplicação e recomece.
oidc-request-not-accepted = { $app } enviou um pedido de início de sessão que não podemos aceitar ({ $reason }).
oidc-application-gone = A aplicação já não está registada.
oidc-other-account = Este pedido de início de sessão foi iniciado para outra conta. Volte à aplicação e recomece.
oidc-already-completed = Este pedido de início de sessão já foi concluído.
