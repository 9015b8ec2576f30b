# The security history of an account (lines start in lower case). (Glossary: see login.ftl.)

history-mfa-mandatory = autenticação multifator tornada obrigatória
history-mfa-optional = autenticação multifator tornada facultativa
history-token-added = token adicionado
history-token-deleted = token eliminado
history-phone-added = número de telemóvel { $number } adicionado
history-phone-deleted = número de telemóvel { $number } eliminado
history-device-added = dispositivo móvel «{ $name }» adicionado
history-device-deleted = dispositivo móvel «{ $name }» eliminado
history-panic = PANIC: todos os dispositivos móveis ({ $devices }) e tokens ({ $tokens }) eliminados, todas as sessões terminadas
history-app-denied-wrong-number = início de sessão recusado em «{ $name }»: foi selecionado um número errado na aplicação
history-app-denied = início de sessão recusado em «{ $name }»: o início de sessão foi rejeitado na aplicação
history-key-added = chave de segurança «{ $name }» adicionada
history-key-added-password-only = chave de segurança «{ $name }» adicionada num início de sessão apenas com a palavra-passe
history-key-added-password-only-mailed = chave de segurança «{ $name }» adicionada num início de sessão apenas com a palavra-passe. Se não foi o próprio, abra { $link } : esta ligação elimina a palavra-passe, todas as chaves de segurança e todos os códigos de recuperação, e termina todas as sessões
history-key-deleted = chave de segurança «{ $name }» eliminada
history-key-cloned = chave de segurança «{ $name }» recusada: o seu contador recuou, pode ter sido copiada
history-codes-generated = novos códigos de recuperação gerados (os antigos deixaram de funcionar)
history-code-used = { $count ->
    [one] sessão iniciada com um código de recuperação (resta { $count })
   *[other] sessão iniciada com um código de recuperação (restam { $count })
}
history-email-change-requested = pedido de alteração do endereço de correio eletrónico para { $email }
history-email-changed = endereço de correio eletrónico alterado de { $old } para { $new }
