# The operators' console at /admin (for administrators). Technical terms stay in English:
# client id, redirect URI, PKCE, private_key_jwt, DPoP, FAPI 2.0, RS256, "idp client add".
# (Glossary: see login.ftl.)

## Who may use the console

admin-not-admin-title = Esta consola destina-se aos administradores
admin-not-admin-text = A sua conta não é de administrador. Nada foi mostrado nem alterado.
admin-my-account = A minha conta
admin-second-factor-title = Confirme primeiro com o seu segundo fator
admin-second-factor-text = A consola dos operadores atua sobre as contas de outras pessoas, pelo que exige um início de sessão com um segundo fator.
admin-second-factor-again-title = Confirme novamente com o seu segundo fator
admin-second-factor-again-text = O seu segundo fator foi comprovado há mais de 15 minutos. Confirme-o novamente e depois repita a ação: nada foi alterado.
admin-second-factor-link = Confirmar com um segundo fator
admin-held-title = A sua conta está temporariamente restringida

## Shared by the console's pages

admin-back = Voltar
admin-back-to-console = Voltar à consola
admin-search = Pesquisar
admin-first-page = Primeira página
admin-next-page = Página seguinte
admin-pages = Páginas
admin-when = Quando
admin-from = De
admin-created = Criada
admin-name = Nome
admin-email = E-mail
admin-status = Estado

## The console's home page

admin-title = Consola dos operadores
admin-home-intro = Sessão iniciada como { $operator }. Todas as ações aqui realizadas são registadas no registo dos operadores e, quando dizem respeito a uma pessoa, no respetivo histórico de segurança.
admin-menu-users = Utilizadores
admin-menu-users-text = encontrar alguém, desbloquear, terminar sessões, remover um telemóvel ou dispositivo perdido, desativar ou ativar, enviar uma mensagem de redefinição da palavra-passe
admin-menu-clients = Clientes
admin-menu-clients-text = as aplicações que iniciam a sessão das pessoas
admin-menu-keys = Chaves de assinatura
admin-menu-access = Acessos
admin-menu-access-text = pedidos pendentes e acessos concedidos de todas as redes
admin-menu-log = Registo dos operadores

## Users

admin-users-title = Utilizadores
admin-users-search-hint = O início de um endereço de correio eletrónico, de um nome próprio ou apelido, ou de «nome apelido».
admin-users-none = Nenhuma conta encontrada.
admin-account = Conta
admin-user-active = ativa
admin-user-disabled = desativada
admin-user-locked-until = bloqueada após palavras-passe erradas até { $until }
admin-user-administrator = administrador
admin-factors = Segundos fatores
admin-factors-none = Nenhum.
admin-factor-phone = Telemóvel { $number }
admin-factor-phone-unconfirmed = Telemóvel { $number } (não confirmado)
admin-factor-device = Dispositivo móvel «{ $name }»
admin-factor-token = Token (aplicação de autenticação)
admin-factor-security-key = Chave de segurança «{ $name }»
admin-factor-added = { $factor }, adicionado em { $added }
admin-factor-remove = Remover { $factor }
admin-sessions = Sessões
admin-sessions-none = Nenhuma sessão aberta.
admin-session-browser = Navegador
admin-session-address = Endereço
admin-session-started = Início de sessão
admin-session-last-activity = Última atividade
admin-session-applications = Aplicações
admin-session-no-applications = nenhuma
admin-actions = Ações
admin-unlock = Desbloquear a conta
admin-send-reset = Enviar uma mensagem de redefinição da palavra-passe
admin-end-sessions = Terminar todas as sessões
admin-enable = Ativar a conta
admin-disable = Desativar a conta
admin-history = Histórico de segurança
admin-history-none = Ainda nada.
admin-history-what = O quê
admin-back-to-users = Voltar aos utilizadores

## What an action on an account did

admin-unlocked-title = Conta desbloqueada
admin-unlocked-text = { $email } pode voltar a iniciar sessão com a palavra-passe correta; o titular foi informado por correio eletrónico.
admin-sessions-ended-title = Todas as sessões terminadas
admin-sessions-ended-text = Todas as sessões de { $email } foram terminadas e o que foi concedido às aplicações foi revogado.
admin-admin-disable-title = A conta de um administrador é desativada no servidor
admin-admin-disable-text = As contas de administrador são desativadas com idp user disable no servidor, e não a partir da consola.
admin-disabled-title = Conta desativada
admin-disabled-text = { $email } não pode iniciar sessão; todas as sessões foram terminadas e os respetivos tokens foram revogados.
admin-enabled-title = Conta ativada
admin-enabled-text = { $email } pode voltar a iniciar sessão.
admin-already-disabled-title = Já desativada
admin-already-disabled-text = { $email } já estava desativada; nada foi alterado.
admin-already-enabled-title = Já ativada
admin-already-enabled-text = { $email } já estava ativada; nada foi alterado.
admin-reset-sent-title = Mensagem de redefinição da palavra-passe enviada
admin-reset-sent-text = Foi enviada para { $email } uma ligação para escolher uma nova palavra-passe.
admin-no-mail-title = Nenhuma mensagem enviada
admin-no-mail-text = Foram enviadas demasiadas mensagens para { $email } recentemente; tente novamente mais tarde.
admin-nothing-removed-title = Nada foi removido
admin-nothing-removed-text = A conta não tem esse fator (talvez tenha sido removido entretanto).
admin-factor-removed-title = Fator removido
admin-factor-removed-text = O fator foi removido de { $email }; o titular foi informado por correio eletrónico.

## Clients (the applications that sign people in)

admin-clients-title = Clientes
admin-client-id = Client id
admin-client-kind = Tipo
admin-redirect-uris = Redirect URIs
admin-redirect-uris-hint = Um por linha: https, ou http em loopback.
admin-kind-confidential-option = Confidencial (com segredo)
admin-kind-public-option = Público (PKCE, sem segredo)
admin-kind-keys = confidencial (private_key_jwt)
admin-kind-secret = confidencial (segredo)
admin-kind-public = público (PKCE)
admin-client-add = Adicionar um cliente
admin-client-add-button = Adicionar o cliente
admin-clients-cli-hint = As chaves (private_key_jwt), o DPoP, os identificadores por par (pairwise subjects) e o perfil FAPI 2.0 são definidos na linha de comandos:
admin-client-title = Cliente { $id }
admin-redirect-uris-save = Guardar os redirect URIs
admin-secret = Segredo
admin-secret-rotate-hint = O segredo atual deixa de funcionar imediatamente; o novo é mostrado uma única vez.
admin-secret-rotate = Renovar o segredo
admin-remove = Remover
admin-client-remove = Remover o cliente { $id }
admin-back-to-clients = Voltar aos clientes
admin-client-added-title = Cliente adicionado
admin-client-added-public = { $id } está registado como cliente público (PKCE, sem segredo).
admin-secret-rotated-title = Segredo do cliente renovado
admin-secret-shown-once = O segredo de { $id } é mostrado apenas esta vez; copie-o agora para a configuração da aplicação.
admin-client-secret = Segredo do cliente
admin-done = Concluído
admin-uris-saved-title = Redirect URIs guardados
admin-uris-saved-text = { $id } aceita agora: { $uris }
admin-client-removed-title = Cliente removido
admin-client-removed-text = { $id } foi removido: os seus tokens deixaram de funcionar no userinfo e já não pode iniciar a sessão de ninguém.
admin-uris-none = é necessário pelo menos um redirect URI
admin-uris-too-many = { $max ->
    [one] no máximo { $max } redirect URI
   *[other] no máximo { $max } redirect URIs
}
admin-no-such-client = nenhum cliente tem o id { $id }
admin-uris-checked = { $id } tem identificadores por par (pairwise subjects) ou o perfil FAPI 2.0, para os quais os seus redirect URIs foram verificados: altere-os com idp client remove e idp client add
admin-no-secret = { $id } não tem segredo (um cliente público, ou um que assina com as suas chaves)

## Signing keys

admin-keys-title = Chaves de assinatura
admin-key-id = Key id
admin-key-algorithm = Algoritmo
admin-key-state = Estado
admin-key-signs = assina
admin-key-retired-published = retirada, ainda publicada
admin-key-retired = retirada
admin-key-rotate-heading = Renovar uma chave
admin-key-rotate = Renovar a chave de assinatura
admin-key-rotated-title = Chave de assinatura renovada
admin-key-rotated-text = Os tokens { $alg } são agora assinados com a chave { $kid }; a chave anterior continua publicada enquanto os tokens por ela assinados ainda puderem estar em uso.

## The operators' log

admin-log-title = Registo dos operadores
admin-log-label = O registo dos operadores
admin-log-search-hint = O início do e-mail de um operador, do objeto da ação ou da ação.
admin-log-none = Nenhuma entrada.
admin-log-operator = Operador
admin-log-action = Ação
admin-log-target = Objeto
