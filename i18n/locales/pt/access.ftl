# Access to applications ("My applications access"). Network, country, institution and
# profile names come from data and are never translated. (Glossary: see login.ftl.)

## My applications access (the requester's list)

access-my-title = O meu acesso às aplicações
access-my-requests-label = Os meus pedidos de acesso
access-none-yet = Ainda não tem nenhum pedido de acesso.
access-review-link = Analisar pedidos de acesso
access-back-to-my = Voltar a «O meu acesso às aplicações»

## Column headers and field labels shared by the pages

access-field-application = Aplicação
access-field-organisation = Organização
access-field-profile = Perfil de acesso
access-field-submitted = Apresentado
access-field-status = Estado
access-field-comments = Comentários
access-field-network = Rede
access-field-search = Pesquisa
access-field-reason = Motivo

## The status of a request

access-status-pending = pendente
access-status-approved = aprovado
access-status-rejected = rejeitado
access-status-revoked = revogado
access-status-first-approval = aceite uma vez, aguarda um segundo aprovador
access-status-with-reason = { $status }: { $reason }

## The wizard ("New application access", four steps)

access-new-title = Novo acesso a uma aplicação
access-steps-application = Selecionar a aplicação
access-steps-organisation = Selecionar a organização
access-steps-profile = Selecionar o perfil de acesso
access-steps-recap = Resumo e apresentação
access-step-1 = Passo 1: selecionar uma aplicação
access-step-2 = Passo 2: selecionar uma organização
access-step-3 = Passo 3: selecionar um perfil de acesso
access-step-4 = Passo 4: escrever um comentário
access-cancel = Cancelar
access-no-value = [Nenhum valor selecionado]

## Step 2: select organisation (network, then country, then institution)

access-organisations = Organizações
access-per-page = registos por página
access-search-label = Pesquisar:
access-search-button = Pesquisar
access-up = Subir
access-institution = Instituição
access-submitted-mark = (pedido apresentado)
access-submitted-note = As organizações assinaladas com (pedido apresentado) já podem ser utilizadas para pedir acesso.
access-open = Abrir
access-details = Detalhes
access-details-of = Detalhes de { $name }
access-no-match = Nenhuma entrada corresponde.
access-showing = { $total ->
    [one] A mostrar { $first } a { $last } de { $total } entrada
   *[other] A mostrar { $first } a { $last } de { $total } entradas
}
access-network-details = { $countries ->
    [one] { $countries } país
   *[other] { $countries } países
}, { $institutions ->
    [one] { $institutions } instituição
   *[other] { $institutions } instituições
}. Áreas temáticas: { $areas }.
access-country-details = { $institutions ->
    [one] { $institutions } instituição da { $network } em { $country }, e o respetivo acesso de convidado (Guest Access).
   *[other] { $institutions } instituições da { $network } em { $country }, e o respetivo acesso de convidado (Guest Access).
}
access-guest-details = Acesso de convidado à { $network } em { $country }, para profissionais de saúde que não pertencem às suas instituições membros.
access-institution-details = { $institution } em { $country }, membro da { $network }.
access-pages = Páginas
access-page-number = Página { $number }

## Step 3: select access profile

access-organisation-chosen = Organização:
access-profile-name = Nome
access-profile-description = Descrição
access-profile-active = ativo
access-profile-submitted = pedido apresentado
access-profile-granted = concedido a si

## Step 4: recap and submission

access-recap-intro = Verifique o pedido elaborado e, em seguida, clique em «Apresentar o pedido de acesso».
access-summary = Resumo
access-before-submitting = Antes de apresentar
access-before-submitting-text = Um pedido de acesso a uma aplicação é validado pelos administradores; trata-se de um processo manual que pode demorar alguns dias.
access-submit = Apresentar o pedido de acesso
access-submitted-title = O seu pedido foi apresentado
access-submitted-what = Pediu { $profiles } em { $organisation } ({ $application }).
access-submitted-wait = Atenção: a aprovação/ativação da sua conta pode demorar 1 a 2 dias após a apresentação do pedido! Será notificado por correio eletrónico quando o processo de aprovação estiver concluído.

## Why a request is refused

access-select-application = Selecione uma aplicação.
access-select-organisation = Selecione uma organização.
access-select-institution = Selecione uma organização: uma instituição (ou o acesso de convidado) de uma rede e de um país.
access-select-profile = Selecione pelo menos um perfil de acesso.
access-not-a-profile = «{ $profile }» não é um perfil de acesso de { $application }.
access-comment-too-long = O comentário deve ser texto simples com, no máximo, { $max } caracteres.
access-already-pending = Já tem um pedido pendente para { $organisation }; aguarde a respetiva decisão.
access-already-pending-here = Já tem um pedido pendente para esta organização; aguarde a respetiva decisão.
access-already-held = Já tem o perfil { $profile } para { $organisation }.
access-too-many-requests = { $count ->
    [one] Enviou { $count } pedido na última hora; aguarde antes de enviar mais.
   *[other] Enviou { $count } pedidos na última hora; aguarde antes de enviar mais.
}
access-reason-too-long = O motivo deve ter, no máximo, { $max } caracteres.
access-reason-needed = Indique um motivo: o requerente recebe-o por correio eletrónico.
access-accepted-already = Já aceitou este pedido: um segundo aprovador tem também de o aceitar.

## The approvers' review page

access-review-title = Pedidos de acesso a analisar
access-review-networks = Redes pelas quais decide: { $networks }
access-review-all-networks = todas (administrador)
access-all-networks = Todas as redes
access-review-search-hint = O início do nome ou do e-mail de um requerente, ou do nome ou do código de uma organização.
access-review-show = Mostrar
access-pending-heading = Pedidos pendentes
access-pending-none = Nenhum pedido em espera.
access-reason-hint = Enviado ao requerente; obrigatório para rejeitar.
access-accept = Aceitar
access-reject = Rejeitar
access-first-page = Primeira página
access-pending-pages = Páginas de pedidos pendentes
access-pending-next = Pedidos pendentes seguintes
access-granted-heading = Acessos concedidos
access-granted-none = Ainda não foi concedido nenhum acesso.
access-granted-row = { $requester }: { $profiles } em { $organisation }
access-revoke-reason = Motivo da revogação
access-revoke = Revogar
access-granted-pages = Páginas de acessos concedidos
access-granted-next = Acessos concedidos seguintes
access-deleted-account = (conta eliminada)
access-accepted-done = O pedido foi aceite; o requerente foi informado por correio eletrónico.
access-rejected-done = O pedido foi rejeitado; o requerente foi informado por correio eletrónico.
access-revoked-done = O acesso foi revogado; o requerente foi informado por correio eletrónico.
access-first-approval-done = Aceitou o pedido. Este confere um perfil que aprova outros pedidos, pelo que um segundo aprovador tem também de o aceitar; o requerente será então informado.
access-already-decided = Já foi tomada uma decisão sobre este pedido (possivelmente por outro aprovador).
access-revoke-approver-admin = Só um administrador pode revogar o acesso de um coordenador (um acesso que permite ao seu titular aprovar outros). Nada foi alterado.
access-not-approver-title = Não analisa pedidos de acesso
access-not-approver-text = Os pedidos de acesso são decididos pelos Coordenadores de cada rede e pelos administradores. A sua conta não pertence a nenhuma destas categorias.
access-second-factor-title = Confirme primeiro com o seu segundo fator
access-second-factor-text = Decidir sobre pedidos de acesso dá ou retira acesso a dados de doentes, pelo que exige um início de sessão com um segundo fator (Telemóvel + SMS, uma aplicação móvel ou um token). Nada foi alterado.
access-second-factor-link = Confirmar com um segundo fator
