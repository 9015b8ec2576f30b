# Glossary (pt, European Portuguese): sign in = iniciar sessão / sign out = terminar sessão /
# account = conta / password = palavra-passe / e-mail address = endereço de correio eletrónico (label: E-mail) /
# verification method = método de verificação / second factor = segundo fator / mobile app = aplicação móvel /
# PIN code = código PIN / QR code = código QR / SMS = SMS / security key = chave de segurança /
# passkey = chave de acesso / access request = pedido de acesso / access profile = perfil de acesso /
# Coordinator = Coordenador / organisation = organização / healthcare provider = prestador de cuidados de saúde /
# network = rede / panel = painel / patient = doente / consent = consentimento / session = sessão /
# device = dispositivo / recovery code = código de recuperação / mobile phone = telemóvel /
# My account = A minha conta / Lost your password? = Esqueceu-se da palavra-passe? / token = token

login-too-many-wrong-passwords = { $count ->
    [one] Demasiadas palavras-passe erradas. Aguarde { $count } segundo antes de tentar novamente.
   *[other] Demasiadas palavras-passe erradas. Aguarde { $count } segundos antes de tentar novamente.
}

## The sign-in pages (e-mail, then password and verification method).

login-title = Iniciar sessão
login-heading = Inicie sessão para continuar
login-app-requires-authentication = { $app } requer que se autentique
login-email-label = E-mail
login-next = Seguinte
login-or-without-password = Ou, sem palavra-passe:
login-passkey-button = Iniciar sessão com uma chave de acesso
login-create-account = Criar uma conta
login-email-invalid = Introduza o endereço de correio eletrónico da sua conta, por exemplo nome@hospital.eu.
login-welcome-back = Bem-vindo de volta
login-welcome = Bem-vindo
login-account-external = (Externo)
login-different-email = Iniciar sessão com outro endereço de correio eletrónico?
login-password-label = Palavra-passe
login-lost-password = Esqueceu-se da palavra-passe?
login-choose-method = Escolha o seu método de verificação
login-phone-label = Telemóvel
login-phone-hint = Formato internacional com o indicativo do país, por exemplo para a Bélgica: +32 123 45 67 89
login-robot-intro = Ultimamente, muitos inícios de sessão falharam a partir da sua rede; por isso, o seu navegador resolve primeiro um pequeno enigma para provar que não é um robô. Isto requer JavaScript e demora alguns segundos.
login-submit = Iniciar sessão

## Refusals on the password step.

login-wrong-credentials = O endereço de correio eletrónico ou a palavra-passe não estão corretos.
login-account-disabled = Esta conta foi desativada por um administrador. Contacte o seu serviço de assistência para que seja reativada.
login-account-locked = Após várias palavras-passe erradas, esta conta está bloqueada até { $until }. Será desbloqueada automaticamente; o titular foi informado por correio eletrónico.
login-robot-check-needed = Ultimamente, muitos inícios de sessão falharam a partir da sua rede: aguarde até que a verificação anti-robô abaixo indique que está concluída e, em seguida, inicie sessão novamente.

## The verification methods.

login-method-password-title = Palavra-passe
login-method-password-hint = Autenticar-se apenas com a sua palavra-passe.
login-method-sms-title = Telemóvel + SMS
login-method-sms-hint = Enviar uma mensagem de texto para um número de telemóvel registado, para uma autenticação multifator.
login-method-app-title = Código PIN da aplicação móvel
login-method-app-hint = Utilize a sua aplicação móvel registada para verificar a sua identidade.
login-method-qr-title = Código QR da aplicação móvel
login-method-qr-hint = Gerar uma palavra-passe de utilização única com a aplicação móvel.
login-method-token-title = Token
login-method-token-hint = Utilize um token ou uma aplicação de autenticação para gerar uma palavra-passe de utilização única para iniciar sessão.
login-method-webauthn-title = Chave de segurança ou plataforma fiável (TPM)
login-method-webauthn-hint = Utilize a sua chave de segurança registada ou o autenticador integrado do seu dispositivo para verificar a sua identidade.
login-method-recovery-title = Código de recuperação
login-method-recovery-hint = Perdeu o telemóvel, o token ou a chave? Utilize um código de recuperação para aceder a «A minha conta» e adicionar um novo método de verificação.

## The page that asks for a second factor when the account always requires one.

login-verify-always-mfa = A sua conta exige sempre a autenticação multifator.
login-verify-app-hint = Confirme o início de sessão na aplicação móvel com o seu PIN.
login-verify-qr-hint = Digitalize um código QR com a aplicação móvel, que funciona sem ligação à Internet, e introduza a palavra-passe de utilização única apresentada.
login-verify-token-hint = Introduza o código da sua aplicação de autenticação ou do seu token físico.

## Lines of an account's security history.

login-history-locked = bloqueada após várias palavras-passe erradas
login-history-new-browser = novo início de sessão a partir de um navegador desconhecido ({ $browser })
