# Creating an account, the anti-robot check, the privacy statement, confirming a new
# e-mail address. (Glossary: see login.ftl.)

## "Create an account": the form.

register-title = Criar uma conta
register-problem = Existe um problema
register-first-name-label = Nome próprio
register-last-name-label = Apelido
register-email-label = E-mail
register-confirm-email-label = Confirmar e-mail
register-language-label = Língua das mensagens de correio eletrónico
register-privacy-acknowledge = Ao assinalar esta caixa, declara que leu e compreendeu a { $statement }
register-privacy-statement = declaração de privacidade
register-submit = Criar uma conta
register-robot-intro = O seu navegador resolve um pequeno enigma para provar que não é um robô. Isto requer JavaScript e demora um ou dois segundos.

## The form's mistakes, each shown beside its field.

register-first-name-invalid = Introduza o seu nome próprio (no máximo 100 caracteres).
register-last-name-invalid = Introduza o seu apelido (no máximo 100 caracteres).
register-email-invalid = Introduza um endereço de correio eletrónico válido, por exemplo nome@hospital.eu.
register-emails-differ = Os dois endereços de correio eletrónico não são iguais.
register-language-invalid = Escolha a língua das suas mensagens de correio eletrónico.
register-privacy-required = Tem de confirmar que tomou conhecimento da declaração de privacidade.

## After sending the form, and the link in the confirmation mail.

register-check-mailbox = Consulte a sua caixa de correio
register-mail-sent = Enviámos uma mensagem para { $email }.
register-open-link = Abra a ligação nela contida no prazo de 24 horas para confirmar o seu endereço de correio eletrónico e escolher a sua palavra-passe.
register-look-in-spam = Se não receber nada dentro de alguns minutos, verifique a pasta de correio não solicitado (spam).
register-choose-password = Escolha a sua palavra-passe
register-ready-title = A sua conta está pronta
register-ready = O seu endereço de correio eletrónico { $email } está confirmado e a sua palavra-passe está definida.
register-already-title = Já tem uma conta
register-already = Já existe uma conta com este endereço de correio eletrónico. Inicie sessão ou utilize «Esqueceu-se da palavra-passe?».
register-sign-in = Iniciar sessão

## The anti-robot check.

register-robot-title = Verificação anti-robô
register-robot-checking = A verificar que não é um robô…
register-robot-done = A verificar que não é um robô… concluído
register-robot-malformed = A verificação anti-robô está em falta ou é inválida.
register-robot-expired = A verificação anti-robô expirou; tente novamente.
register-robot-unsolved = A verificação anti-robô não foi resolvida.
register-robot-reused = A verificação anti-robô já foi utilizada; tente novamente.
register-robot-other-address = A verificação anti-robô foi feita para outro endereço de rede; tente novamente.

## The privacy statement. $site is the name of this sign-in service.

register-privacy-title = Declaração de privacidade
register-privacy-kept = O { $site } conserva o seu nome, o seu endereço de correio eletrónico, a língua das suas mensagens, um hash argon2id com sal da sua palavra-passe e, enquanto tiver sessão iniciada, o endereço e o nome do seu navegador, a fim de iniciar a sua sessão nas aplicações das Redes Europeias de Referência.
register-privacy-shared = Nada é partilhado com terceiros; a verificação anti-robô é executada no seu navegador. As aplicações em que inicia sessão recebem apenas o que pedem e o que autoriza.

## Confirming a new e-mail address.

register-email-confirm-title = Confirme o seu novo endereço de correio eletrónico
register-email-confirm-button = Confirmar o meu novo endereço de correio eletrónico
