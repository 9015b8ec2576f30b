# My account: the overview, personal data, sessions, the security history page, deleting
# the account. (Glossary: see login.ftl.)

## The overview ("My account")

account-title = A minha conta
account-name = Nome
account-email = E-mail
account-email-language = Língua das mensagens de correio eletrónico
account-signed-in-since = Sessão iniciada desde
account-sign-out = Terminar sessão
account-change-password = Alterar a palavra-passe
account-access-link = O meu acesso às aplicações
account-require-mfa = Exigir sempre a autenticação multifator
account-save = Guardar
account-consents-heading = Aplicações que autorizou
account-consents-none = Nenhuma aplicação pediu ainda o seu consentimento.
account-consent-withdraw = Retirar o consentimento dado a { $name }
account-offline-heading = Aplicações com acesso offline
account-offline-hint = Estas aplicações podem agir em seu nome enquanto não tiver sessão iniciada. A revogação põe termo a isso de imediato; terão de voltar a pedir-lhe autorização.
account-offline-none = Nenhuma aplicação tem acesso offline.
account-offline-until = (até { $until }, renovado enquanto for utilizado)
account-offline-revoke = Revogar o acesso offline de { $name }
account-delete = Eliminar a minha conta
account-delete-warning = Esta operação termina todas as sessões e elimina a sua conta e todos os dados conservados sobre ela. Não pode ser anulada.
account-password = Palavra-passe
account-back = Voltar a «A minha conta»

## Messages on the overview

account-password-changed = A sua palavra-passe foi alterada. A sessão foi terminada nos outros navegadores.
account-mfa-on = A autenticação multifator passa a ser sempre exigida para a sua conta.
account-mfa-off = A autenticação multifator deixou de ser sempre exigida.
account-mfa-confirm-first = Para alterar esta opção, confirme primeiro com o seu segundo método de verificação (inicie sessão novamente com ele).
account-delete-wrong-password = Esta não é a sua palavra-passe: a conta não foi eliminada.
account-delete-confirm-first = Para eliminar a conta, confirme primeiro com o seu segundo método de verificação (inicie sessão novamente com ele).
account-deleted-title = A sua conta foi eliminada
account-deleted-text = A sua conta e todos os dados conservados sobre ela foram eliminados.
account-create = Criar uma conta

## Personal data

account-details-title = Dados pessoais
account-details-first-name = Nome próprio
account-details-last-name = Apelido
account-details-email-heading = Alterar o meu endereço de correio eletrónico
account-details-email-current = O seu endereço de correio eletrónico é { $email }. Enviamos uma ligação para o novo endereço; a alteração produz efeitos quando a abrir.
account-details-new-email = Novo e-mail
account-details-send-link = Enviar uma ligação de confirmação
account-details-saved = Os seus dados pessoais foram guardados.
account-details-link-sent = Enviámos uma ligação para { $email }. Abra-a para que este passe a ser o seu endereço de correio eletrónico.
account-details-email-changed = O seu endereço de correio eletrónico passou a ser { $email }.
account-details-wrong-password = Esta não é a sua palavra-passe.
account-details-email-confirm-first = Para alterar o seu endereço de correio eletrónico, confirme primeiro com o seu segundo método de verificação (inicie sessão novamente com ele).
account-details-link-invalid = Esta ligação é inválida, expirou ou já foi utilizada.
account-details-name-length = O nome próprio e o apelido devem ter entre 1 e 100 caracteres.
account-details-choose-language = Escolha a língua das suas mensagens de correio eletrónico.
account-details-email-invalid = Introduza um endereço de correio eletrónico válido.
account-details-email-same = Este já é o seu endereço de correio eletrónico.
account-details-too-many-mails = Foram pedidas demasiadas mensagens de correio eletrónico. Tente novamente dentro de uma hora.
account-details-email-taken = Este endereço já é utilizado por outra conta.
account-email-title = O seu endereço de correio eletrónico
account-go = Ir para «A minha conta»

## Display my sessions

account-sessions-title = Ver as minhas sessões
account-sessions-label = As minhas sessões
account-sessions-browser = Navegador
account-sessions-address = Endereço
account-sessions-signed-in = Início de sessão
account-sessions-last-activity = Última atividade
account-sessions-applications = Aplicações
account-sessions-this-browser = (este navegador)
account-sessions-no-applications = nenhuma
account-sessions-end = Terminar a sessão de { $browser } ({ $started })
account-sessions-end-others = Terminar todas as minhas outras sessões
account-session-ended = A sessão foi terminada.
account-session-already-ended = Essa sessão já tinha terminado.
account-other-sessions-ended = Todas as outras sessões foram terminadas.
account-browser-on-system = { $browser } em { $system }

## Security history

account-history-title = Histórico de segurança
account-history-intro = Todas as alterações à segurança da sua conta, das mais recentes para as mais antigas. Cada uma delas foi-lhe também comunicada por correio eletrónico.
account-history-none = Ainda nada.
account-history-when = Quando
account-history-what = O quê
account-history-from = A partir do endereço
