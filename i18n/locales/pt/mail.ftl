# Mails to account holders, and the SMS text challenge, in the account's "E-mail language".
# (Glossary: see login.ftl.)

## Creating an account

mail-confirm-registration-subject = { $site }: confirme o seu endereço de correio eletrónico
mail-confirm-registration-body =
    Caro(a) { $first_name } { $last_name },

    Alguém, provavelmente o(a) próprio(a), pediu para criar uma conta no { $site } com este endereço de correio eletrónico.

    Para confirmar o endereço e escolher a sua palavra-passe, abra esta ligação no prazo de 24 horas:

    { $link }

    A ligação só funciona uma vez. Se não pediu uma conta, ignore esta mensagem: nenhuma conta é criada sem esta ligação.

mail-already-registered-subject = { $site }: já tem uma conta
mail-already-registered-body =
    Caro(a) { $first_name } { $last_name },

    Alguém, provavelmente o(a) próprio(a), pediu para criar uma conta no { $site } com este endereço de correio eletrónico, mas já existe uma conta com este endereço.

    Para iniciar sessão, aceda a { $login_link }
    Se se esqueceu da palavra-passe, utilize aí «Esqueceu-se da palavra-passe?»: { $reset_link }

    Se não fez este pedido, ignore esta mensagem; a sua conta não foi alterada.

## Passwords

mail-reset-password-subject = { $site }: escolha uma nova palavra-passe
mail-reset-password-body =
    Caro(a) { $first_name } { $last_name },

    Alguém, provavelmente o(a) próprio(a), pediu para escolher uma nova palavra-passe para a sua conta no { $site }.

    Para escolher uma nova palavra-passe, abra esta ligação no prazo de uma hora:

    { $link }

    A ligação só funciona uma vez. Escolher uma nova palavra-passe termina a sua sessão em todo o lado.
    Se não fez este pedido, ignore esta mensagem; a sua palavra-passe não foi alterada.

mail-password-changed-subject = { $site }: a sua palavra-passe foi alterada
mail-password-changed-body =
    Caro(a) { $first_name } { $last_name },

    A palavra-passe da sua conta no { $site } foi alterada em { $when }.

    Se não foi o(a) próprio(a), escolha imediatamente uma nova palavra-passe com «Esqueceu-se da palavra-passe?»: { $reset_link }

mail-account-locked-subject = { $minutes ->
    [one] { $site }: a sua conta está bloqueada durante { $minutes } minuto
   *[other] { $site }: a sua conta está bloqueada durante { $minutes } minutos
}
mail-account-locked-body =
    Caro(a) { $first_name } { $last_name },

    Após várias palavras-passe erradas, a sua conta no { $site } está bloqueada até { $until }. Será então desbloqueada automaticamente.

    Se estas tentativas não foram suas, alguém pode estar a tentar adivinhar a sua palavra-passe. Pode escolher uma nova com «Esqueceu-se da palavra-passe?»: { $reset_link }

## Security of the account

mail-security-change-subject = { $site }: uma alteração à segurança da sua conta
mail-security-change-body =
    Caro(a) { $first_name } { $last_name },

    Em { $when }, a partir do endereço { $ip }: { $what }.

    Se foi o(a) próprio(a), não tem de fazer nada. Caso contrário, alguém pode estar a utilizar a sua conta: escolha imediatamente uma nova palavra-passe com «Esqueceu-se da palavra-passe?» ({ $reset_link }) e verifique «Ver as minhas sessões» em «A minha conta».

mail-factors-held-subject = { $site }: todos os segundos fatores da sua conta foram eliminados
mail-factors-held-body =
    Caro(a) { $first_name } { $last_name },

    Em { $when }, a partir do endereço { $ip }, todos os dispositivos móveis e tokens da sua conta foram eliminados («Eliminar todos os meus dispositivos (PANIC)») por alguém que iniciou sessão apenas com a sua palavra-passe.

    Por razões de segurança, a sua palavra-passe não permite, por si só, adicionar um novo segundo fator antes de { $until }. Se foi o(a) próprio(a), adicione o seu novo dispositivo ou token após essa data.

    Se NÃO foi o(a) próprio(a), alguém conhece a sua palavra-passe. Abra imediatamente esta ligação: elimina a sua palavra-passe, termina todas as sessões e revoga o acesso de todas as aplicações; em seguida, escolha uma nova palavra-passe com «Esqueceu-se da palavra-passe?».

    { $link }

mail-factor-added-with-code-subject = { $site }: foi adicionado um segundo fator à sua conta com um código de recuperação
mail-factor-added-with-code-body =
    Caro(a) { $first_name } { $last_name },

    Em { $when }, a partir do endereço { $ip }, alguém que iniciou sessão com a sua palavra-passe e um dos seus códigos de recuperação fez esta alteração: { $what }.

    Por razões de segurança, até { $until } não é possível adicionar nem eliminar segundos fatores, gerar códigos de recuperação, alterar o seu endereço de correio eletrónico nem eliminar a sua conta. Se foi o próprio, não tem de fazer nada.

    Se NÃO foi o(a) próprio(a), alguém conhece a sua palavra-passe. Abra imediatamente esta ligação: elimina a sua palavra-passe, termina todas as sessões e revoga o acesso de todas as aplicações; em seguida, escolha uma nova palavra-passe com «Esqueceu-se da palavra-passe?».

    { $link }

mail-account-secured-subject = { $site }: a sua palavra-passe foi eliminada e todas as sessões foram terminadas
mail-account-secured-body =
    Caro(a) { $first_name } { $last_name },

    Em { $when }, a partir do endereço { $ip }, a sua conta foi protegida através da ligação que lhe enviámos: a palavra-passe foi eliminada, todas as sessões foram terminadas e o acesso de todas as aplicações foi revogado.

    Escolha uma nova palavra-passe com «Esqueceu-se da palavra-passe?»: { $reset_link }

## Personal data

mail-confirm-email-change-subject = { $site }: confirme o seu novo endereço de correio eletrónico
mail-confirm-email-change-body =
    Caro(a) { $first_name } { $last_name },

    Para que { $new_email } passe a ser o endereço de correio eletrónico da sua conta no { $site }, abra esta ligação no prazo de 24 horas:

    { $link }

    A ligação só funciona uma vez. Se não fez este pedido, ignore esta mensagem.

mail-email-changed-subject = { $site }: o endereço de correio eletrónico da sua conta foi alterado
mail-email-changed-body =
    Caro(a) { $first_name } { $last_name },

    O endereço de correio eletrónico da sua conta no { $site } foi alterado de { $old_email } para { $new_email }.

    Se não foi o(a) próprio(a), contacte imediatamente o apoio técnico.

mail-account-deleted-subject = { $site }: a sua conta foi eliminada
mail-account-deleted-body = A sua conta no { $site } e todos os dados conservados sobre ela foram eliminados, como pediu.

## Access to applications

mail-access-waiting-subject = { $site }: um pedido de acesso aguarda a sua decisão
mail-access-waiting-body =
    Caro(a) { $first_name } { $last_name },

    { $requester } pede { $profiles } em { $organisation } ({ $application }).

    Analise o pedido: { $approvals_link }

mail-access-accepted-subject = { $site }: o seu pedido de acesso foi aceite
mail-access-accepted-body =
    Caro(a) { $first_name } { $last_name },

    O seu pedido de acesso para { $profiles } em { $organisation } ({ $application }) foi aceite. Pode agora iniciar sessão na aplicação com este acesso.{ $reason }

    Os seus pedidos: { $requests_link }

mail-access-rejected-subject = { $site }: o seu pedido de acesso foi rejeitado
mail-access-rejected-body =
    Caro(a) { $first_name } { $last_name },

    O seu pedido de acesso para { $profiles } em { $organisation } ({ $application }) foi rejeitado.{ $reason }

    Os seus pedidos: { $requests_link }

mail-access-revoked-subject = { $site }: o seu acesso foi revogado
mail-access-revoked-body =
    Caro(a) { $first_name } { $last_name },

    O seu acesso para { $profiles } em { $organisation } ({ $application }) foi revogado; a aplicação deixou de o receber.{ $reason }

    Os seus pedidos: { $requests_link }

mail-access-reason = «{ $reason }»

## SMS

sms-challenge = { $minutes ->
    [one] { $site }: o seu código de verificação SMS é { $code }. É válido durante { $minutes } minuto.
   *[other] { $site }: o seu código de verificação SMS é { $code }. É válido durante { $minutes } minutos.
}
