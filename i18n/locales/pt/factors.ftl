# Verification methods (second factors): managing them in My account, and the sign-in
# step of each. (Glossary: see login.ftl.)

## Shared by several pages

factors-sign-in = Iniciar sessão
factors-confirm = Confirmar
factors-try-again = Tentar novamente
factors-please-try-again = Tente novamente.
factors-delete-named = Eliminar { $name }
factors-added-on = (adicionado em { $date })
factors-hold-notice = Todos os segundos fatores da sua conta foram eliminados apenas com a palavra-passe. Por razões de segurança, só pode ser adicionado um novo a partir de { $until }. Enviámos uma mensagem de correio eletrónico ao titular da conta sobre este assunto.
factors-already-has-factor = A sua conta já tem um segundo método de verificação.
factors-devices-confirm-first = Para adicionar ou eliminar um dispositivo, confirme primeiro com ele: inicie sessão novamente escolhendo-o.
factors-confirm-first = Para adicionar ou eliminar um, confirme primeiro com ele: inicie sessão novamente escolhendo-o.
factors-confirm-recent = Esta alteração requer uma confirmação com o seu segundo método de verificação nos últimos 15 minutos. Confirme novamente e repita este passo.
factors-phones-confirm-first = Para adicionar ou eliminar um, confirme primeiro com Telemóvel + SMS.
factors-confirm-current-first = Confirme primeiro com o seu segundo método de verificação atual (inicie sessão novamente escolhendo-o).
factors-mfa-add-first = Adicione primeiro um número de telemóvel ou um token.
factors-held = Todos os segundos fatores desta conta foram eliminados apenas com a palavra-passe: por razões de segurança, ainda não é possível adicionar um novo. Consulte a mensagem que lhe enviámos.
factors-held-code = Foi adicionado um segundo fator a esta conta com um código de recuperação: por razões de segurança, até { $until } não é possível adicionar nem eliminar segundos fatores, gerar códigos de recuperação, alterar o endereço de correio eletrónico nem eliminar a conta. Consulte a mensagem que lhe enviámos.
factors-code-not-enough = Um código de recuperação permite adicionar um segundo método de verificação, nada mais: para eliminar um ou alterar o seu endereço de correio eletrónico, os seus códigos de recuperação ou a sua conta, inicie sessão novamente com um segundo método de verificação que tenha.
factors-too-many-codes = Demasiados códigos errados. Aguarde 15 minutos antes de tentar novamente.

## The method names and what they do

factors-choose-method = Escolha o seu método de verificação
factors-level-high = { $app } exige o nível mais elevado de início de sessão (nível «{ $level }»): uma chave de segurança ou chave de acesso que verifica o seu PIN, a sua impressão digital ou o seu rosto. Não pode ser utilizada noutro sítio Web, o que o protege contra o phishing.
factors-level-substantial = { $app } exige um início de sessão mais seguro (nível «{ $level }»): a sua palavra-passe e um segundo método de verificação.
factors-method-key-hint-high = Confirme com o PIN, a impressão digital ou o rosto quando lhe for pedido.
factors-no-key = A sua conta não tem nenhuma chave de segurança nem chave de acesso, pelo que ainda não pode atingir este nível.
factors-no-key-add = Para continuar para { $app }, adicione uma (uma chave de segurança ou o autenticador integrado do seu dispositivo) e depois volte:
factors-no-factor = A sua conta ainda não tem um segundo método de verificação, pelo que não pode continuar para { $app }.
factors-no-factor-add = Adicione um numa destas páginas e depois volte:
factors-cancel = Cancelar e voltar a { $app }

## Mobile phone numbers, and the SMS text challenge

factors-phones-title = Gerir os meus números de telemóvel
factors-phones-none = Ainda não tem nenhum número de telemóvel.
factors-phone-confirmed = (confirmado)
factors-phone-not-confirmed = (ainda não confirmado)
factors-phones-confirm-number = Confirmar { $number }
factors-sms-enter-challenge = Introduza o código de verificação enviado para o seu telemóvel por SMS. A mensagem pode demorar vários minutos a chegar ao seu telemóvel.
factors-sms-challenge-label = Código de verificação SMS
factors-phones-add = Adicionar um número de telemóvel
factors-mobile-phone-label = Telemóvel
factors-phone-hint = Formato internacional com o indicativo do país, por exemplo para a Bélgica: +32 123 45 67 89
factors-sms-title = Autenticação por código de verificação SMS
factors-sms-number-label = Número de telemóvel
factors-too-many-sms = Foram pedidas demasiadas SMS para esta conta, este número ou esta rede. Tente novamente dentro de uma hora.
factors-sms-sent = Enviámos um código de verificação SMS para { $number }.
factors-phone-added = O número { $number } está confirmado. Pode agora utilizá-lo para iniciar sessão com Telemóvel + SMS.
factors-phone-deleted = O número foi eliminado.
factors-sms-wrong = { $count ->
    [one] Este não é o código de verificação SMS que enviámos. Resta-lhe { $count } tentativa.
   *[other] Este não é o código de verificação SMS que enviámos. Restam-lhe { $count } tentativas.
}
factors-sms-expired = Este código expirou ou esgotou-se (demasiadas tentativas erradas). Peça um novo.
factors-phone-format = Introduza o número em formato internacional, com o indicativo do país, por exemplo para a Bélgica: +32 123 45 67 89.
factors-phones-max = { $count ->
    [one] Uma conta pode ter no máximo { $count } número de telemóvel.
   *[other] Uma conta pode ter no máximo { $count } números de telemóvel.
}
factors-phone-already-confirmed = Este número já está confirmado para a sua conta.
factors-phone-not-yours = Este não é um dos números de telemóvel confirmados da sua conta.

## Tokens (authenticator apps)

factors-tokens-title = Gerir os meus tokens
factors-tokens-intro = Um token é uma aplicação de autenticação (ou um token físico) que apresenta um novo código de 6 algarismos a cada 30 segundos.
factors-token-added-on = Token adicionado em { $date }
factors-token-delete = Eliminar o token adicionado em { $date }
factors-tokens-add = Adicionar um token
factors-tokens-scan = Digitalize este código QR com a sua aplicação de autenticação ou introduza nela a chave secreta.
factors-tokens-qr-label = Código QR da chave do token
factors-tokens-secret = Chave secreta:
factors-token-code-label = Código do token
factors-tokens-confirm = Confirmar o token
factors-token-enter = Introduza o código que a sua aplicação de autenticação ou o seu token apresenta neste momento.
factors-token-added = O seu token foi adicionado. Pode agora iniciar sessão com ele.
factors-token-deleted = O token foi eliminado.
factors-token-enrolment-expired = O registo expirou. Recomece.
factors-token-wrong-try-next = Este não é o código que o seu token apresenta neste momento. Experimente o seguinte.
factors-token-used = Este código já foi utilizado. Aguarde pelo seguinte.
factors-token-wrong = Este não é o código que o seu token apresenta neste momento.

## The mobile app: devices, "Mobile App PIN Code", "Mobile App QR Code"

factors-devices-title = Gerir os meus dispositivos móveis
factors-devices-none = Ainda não tem nenhum dispositivo móvel.
factors-devices-add = Adicionar um dispositivo
factors-devices-scan = Abra a aplicação móvel e digitalize este código QR. Só funciona uma vez, durante 10 minutos.
factors-devices-qr-label = Código QR da ligação de registo
factors-devices-link = Sem câmara, indique à aplicação esta ligação:
factors-panic-title = Eliminar todos os meus dispositivos (PANIC)
factors-panic-explained = Em caso de perda ou furto de um telemóvel com a aplicação: todos os dispositivos e tokens são eliminados de uma só vez e todas as sessões, incluindo esta, são terminadas.
factors-device-deleted = O dispositivo foi eliminado.
factors-panic-done-title = Todos os seus dispositivos foram eliminados
factors-panic-done = { $devices ->
    [one] { $tokens ->
        [one] Foram eliminados { $devices } dispositivo móvel e { $tokens } token, e todas as sessões foram terminadas.
       *[other] Foram eliminados { $devices } dispositivo móvel e { $tokens } tokens, e todas as sessões foram terminadas.
    }
   *[other] { $tokens ->
        [one] Foram eliminados { $devices } dispositivos móveis e { $tokens } token, e todas as sessões foram terminadas.
       *[other] Foram eliminados { $devices } dispositivos móveis e { $tokens } tokens, e todas as sessões foram terminadas.
    }
}
factors-panic-held = Confirmou esta operação apenas com a sua palavra-passe; por isso, por razões de segurança, só pode ser adicionado um novo dispositivo ou token a partir de { $until }. Enviámos-lhe uma mensagem de correio eletrónico sobre este assunto, com uma ligação para proteger a sua conta caso não tenha sido o próprio.
factors-panic-mailed = Enviámos-lhe uma mensagem de correio eletrónico sobre este assunto. Inicie sessão novamente para adicionar um novo dispositivo.
factors-panic-wrong-password = Esta não é a sua palavra-passe: nada foi eliminado.
factors-panic-confirm-first = A sua conta mantém um número de telemóvel confirmado: confirme primeiro com Telemóvel + SMS.
factors-app-start-explained = Enviamos um pedido de início de sessão para a aplicação no seu dispositivo móvel. Esta página apresenta então um número: selecione-o na aplicação e introduza o seu PIN.
factors-app-send = Enviar o pedido para a minha aplicação móvel
factors-app-pick = Abra a aplicação no seu dispositivo móvel, selecione este número e introduza o seu PIN:
factors-app-number-label = O número a selecionar na aplicação
factors-app-waiting = A aguardar o seu dispositivo móvel. Esta página avança automaticamente assim que tiver respondido na aplicação.
factors-app-answered = Respondi na aplicação: continuar
factors-app-no-device = A sua conta não tem nenhum dispositivo móvel. Adicione um em «Gerir os meus dispositivos móveis».
factors-app-already-waiting = Já há um pedido de início de sessão à espera na sua aplicação móvel. Responda-lhe aí ou aguarde dois minutos até que expire.
factors-app-too-many = Foram enviados demasiados pedidos de início de sessão para a sua aplicação móvel nesta hora. Escolha outro método de verificação ou tente novamente mais tarde.
factors-app-request-unknown = Este pedido de início de sessão é desconhecido ou já terminou.
factors-app-request-expired = O pedido expirou antes de a aplicação responder.
factors-app-request-ended = Este pedido de início de sessão terminou.
factors-app-refused-wrong-number = O início de sessão foi recusado: foi selecionado um número errado na aplicação.
factors-app-refused-denied = O início de sessão foi recusado: foi rejeitado na aplicação.
factors-app-qr-scan = Digitalize este código QR com a aplicação móvel (funciona sem ligação à Internet) e introduza a palavra-passe de utilização única que esta apresenta.
factors-app-qr-label = Código QR do desafio { $challenge }
factors-app-qr-challenge = Desafio:
factors-otp-label = Palavra-passe de utilização única
factors-app-qr-new = Mostrar um novo código QR
factors-qr-ended = Este desafio terminou. Peça um novo.
factors-qr-too-many = Demasiadas palavras-passe de utilização única erradas. Aguarde 15 minutos ou escolha outro método de verificação.
factors-qr-wrong = { $count ->
    [one] Esta não é a palavra-passe de utilização única apresentada pela aplicação. Resta-lhe { $count } tentativa.
   *[other] Esta não é a palavra-passe de utilização única apresentada pela aplicação. Restam-lhe { $count } tentativas.
}

## Security keys and passkeys (WebAuthn)

factors-keys-title = Gerir as minhas chaves de segurança e chaves de acesso
factors-keys-intro = Uma chave de segurança (USB, NFC) ou o autenticador integrado do seu dispositivo (Trusted Platform Module, Windows Hello, Touch ID, o bloqueio de ecrã de um telemóvel) prova que é o próprio e não pode ser utilizado noutro sítio Web: protege-o contra o phishing. Com o respetivo PIN ou impressão digital, atinge o nível mais elevado, «high», e permite iniciar sessão sem palavra-passe (uma chave de acesso).
factors-keys-none = Ainda não tem nenhuma chave de segurança nem chave de acesso.
factors-keys-yours = As suas chaves de segurança e chaves de acesso
factors-keys-name = Nome
factors-keys-added = Adicionada
factors-keys-last-used = Última utilização
factors-keys-action = Ação
factors-keys-never-used = nunca
factors-keys-add = Adicionar uma chave de segurança ou chave de acesso
factors-keys-name-label = Nome da chave
factors-keys-name-placeholder = p. ex. Chave USB azul, Portátil do trabalho
factors-keys-needs-script = Para adicionar uma chave de segurança é necessário JavaScript: o seu navegador comunica com a chave.
factors-key-added = A chave de segurança «{ $name }» foi adicionada.
factors-key-deleted = A chave de segurança foi eliminada.
factors-key-explained = Utilize a sua chave de segurança registada ou o autenticador integrado do seu dispositivo para verificar a sua identidade. Insira ou toque na chave, ou confirme com o seu PIN, impressão digital ou rosto, quando o navegador lho pedir.
factors-key-use = Utilizar a minha chave de segurança
factors-key-needs-script = Para iniciar sessão com uma chave de segurança é necessário JavaScript: o seu navegador comunica com a chave.
factors-key-none-add = A sua conta ainda não tem nenhuma chave de segurança: adicione uma em «A minha conta», «Gerir as minhas chaves de segurança e chaves de acesso».
factors-key-none = A sua conta ainda não tem nenhuma chave de segurança.
factors-key-expired = O pedido expirou ou já foi utilizado. Tente novamente.
factors-key-refused = Não foi possível verificar a resposta desta chave. Utilize uma chave registada na sua conta.
factors-key-cloned = Esta chave foi recusada: pode ter sido copiada. Informámos o titular da conta por correio eletrónico. Utilize outro método.
factors-passkey-expired = O pedido da chave de acesso expirou ou já foi utilizado. Tente novamente.
factors-passkey-refused = Esta chave de acesso não está registada junto de nós. Inicie sessão com o seu endereço de correio eletrónico e a sua palavra-passe.
factors-passkey-cloned = Esta chave de acesso foi recusada: pode ter sido copiada. Informámos o titular da conta por correio eletrónico.
factors-keys-max = { $count ->
    [one] Uma conta pode ter { $count } chave de segurança ou chave de acesso; elimine-a primeiro.
   *[other] Uma conta pode ter { $count } chaves de segurança ou chaves de acesso; elimine uma primeiro.
}
factors-key-name-length = { $count ->
    [one] Dê à chave um nome de 1 a { $count } carácter.
   *[other] Dê à chave um nome de 1 a { $count } caracteres.
}
factors-key-request-expired = Este pedido expirou ou já foi utilizado: adicione novamente a chave.
factors-key-malformed = A resposta da chave está mal formada.
factors-key-unverified = Não foi possível verificar a resposta da chave para este sítio Web. Tente novamente.
factors-key-registered = Esta chave já está registada.

## Recovery codes

factors-codes-title = Os meus códigos de recuperação
factors-codes-intro = Se perder o telemóvel, o token e as chaves de segurança, um código de recuperação permite-lhe iniciar sessão até «A minha conta» para adicionar um novo método de verificação. Cada código só funciona uma vez. Guarde-os num local seguro, longe da sua palavra-passe: impressos ou num gestor de palavras-passe.
factors-codes-new = Estes são os seus novos códigos de recuperação. Só são apresentados esta vez: anote-os ou imprima-os agora. Os antigos deixaram de funcionar.
factors-codes-left = { $count ->
    [one] Tem { $count } código de recuperação não utilizado (gerado em { $date }).
   *[other] Tem { $count } códigos de recuperação não utilizados (gerados em { $date }).
}
factors-codes-none = Ainda não tem códigos de recuperação.
factors-codes-generate-new = Gerar novos códigos de recuperação
factors-codes-generate = Gerar códigos de recuperação
factors-codes-add-first = Adicione primeiro um segundo método de verificação: os códigos de recuperação substituem-no em caso de perda.
factors-codes-need-real-factor = Um código de recuperação não permite criar novos códigos de recuperação. Inicie sessão novamente com um segundo método de verificação (adicione primeiro um, se não tiver nenhum) e depois gere-os.
factors-code-wrong = Este não é um dos seus códigos de recuperação, ou já foi utilizado.
factors-code-sign-in-again = Um código de recuperação só vale nos 15 minutos seguintes ao início de sessão com a sua palavra-passe. O seu código não foi usado: termine a sessão, inicie-a de novo com a sua palavra-passe e depois escreva o código.
factors-code-lapsed = Passaram os 15 minutos para adicionar um método de verificação com o seu código de recuperação. Termine a sessão e inicie-a de novo com a sua palavra-passe e outro código de recuperação.
factors-recovery-code = Código de recuperação
factors-recovery-code-explained = Introduza um dos seus códigos de recuperação. Dá-lhe acesso a «A minha conta» para adicionar um novo método de verificação; não inicia a sua sessão nas aplicações.
factors-recovery-continue = Continuar para «A minha conta»

## "Secure my account"

factors-secure-title = Proteger a minha conta
factors-secure-explained = Todos os segundos fatores da conta { $email } foram eliminados por alguém que iniciou sessão apenas com a respetiva palavra-passe. Se não foi o próprio, alguém conhece a sua palavra-passe.
factors-secure-what = Proteger a conta elimina a sua palavra-passe, termina todas as sessões e revoga o acesso de todas as aplicações. Em seguida, escolhe uma nova palavra-passe com «Esqueceu-se da palavra-passe?», através da sua caixa de correio.
factors-link-dead-title = Esta ligação não pode ser utilizada
factors-link-dead-text = Já foi utilizada ou expirou. Se pensa que alguém conhece a sua palavra-passe, escolha uma nova com «Esqueceu-se da palavra-passe?».
factors-secured-title = A sua conta está protegida
factors-secured-text = A palavra-passe foi eliminada, todas as sessões foram terminadas e o acesso de todas as aplicações foi revogado.
factors-secured-next = Escolha agora uma nova palavra-passe com «Esqueceu-se da palavra-passe?»: a ligação será enviada para a sua caixa de correio.

## Said by the page's script while it talks to a security key

factors-script-server-failed = O servidor não conseguiu iniciar o pedido. Recarregue a página e tente novamente.
factors-script-unsupported = Este navegador não pode utilizar chaves de segurança nem chaves de acesso. Utilize um navegador atualizado ou outro método de verificação.
factors-script-cancelled = O pedido foi cancelado ou excedeu o tempo limite. Tente novamente.
factors-script-no-answer = A chave não respondeu. Tente novamente.
factors-script-name-first = Dê primeiro um nome à chave.
