# CPMS, the Clinical Patient Management System. "CPMS", "ERN", "ERN-CPMS" and "EU Login"
# are names: kept as they are. (Glossary: see login.ftl.)

## The frame of every CPMS page: header and navigation.

cpms-tagline = Sistema de Gestão Clínica de Doentes das Redes Europeias de Referência
cpms-training-banner = O MODO DE FORMAÇÃO está ativo: não se destina a dados de doentes (apenas contas de teste).
cpms-dashboard = Área pessoal
cpms-preferences = Preferências ERN
cpms-sign-out = Terminar sessão
cpms-go-to-dashboard = Ir para a sua área pessoal

## The start page (before signing in).

cpms-landing-title = Sistema de Gestão Clínica de Doentes
cpms-landing-heading = Sistema de Gestão Clínica de Doentes (CPMS)
cpms-landing-platform = Plataforma informática para consultas clínicas entre membros das ERN.
cpms-landing-aim = O CPMS tem por objetivo apoiar as ERN na melhoria do diagnóstico e do tratamento de doenças complexas raras ou de baixa prevalência, para além das fronteiras nacionais dos Estados-Membros na Europa.
cpms-landing-browsers-heading = Navegadores suportados
cpms-landing-browsers = Certifique-se de que utiliza a versão mais recente do Google Chrome, do Firefox ou do Safari para tirar partido de todas as funcionalidades do CPMS.
cpms-landing-secure-login-heading = Início de sessão seguro
cpms-landing-login-through-eu-login = Pode iniciar sessão no CPMS ERN através do serviço de autenticação EU Login.
cpms-login-via-eu-login = Iniciar sessão através do EU Login
cpms-training-login-link = Utilizar utilizadores não EU Login (apenas para testes)
cpms-landing-members-only = Só os membros das ERN e os utilizadores convidados das ERN podem ser utilizadores autorizados do CPMS.
cpms-landing-eu-login-needed = Para aceder ao CPMS, precisa de uma conta EU Login.
cpms-landing-create-account = Para criar uma conta, clique aqui.
cpms-landing-request-authorisation = Para pedir autorização para utilizar o CPMS, clique aqui.
cpms-landing-help-heading = Ajuda e apoio
cpms-landing-contact-email = Se tiver perguntas, ideias ou sugestões, ou precisar de ajuda com um problema, contacte o ERN-CPMS por correio eletrónico para { $address }.
cpms-landing-contact-coordinator = Se tiver perguntas, ideias ou sugestões, ou precisar de ajuda com um problema, contacte o Coordenador da sua ERN.

## The dashboard: the organisations where the user holds a CPMS profile.

cpms-dashboard-no-profile = Ainda não tem nenhum perfil CPMS, { $name }.
cpms-dashboard-request-authorisation = Para pedir autorização para utilizar o CPMS, clique aqui
cpms-dashboard-request-steps = escolha a sua ERN, o país, a instituição e o perfil de acesso.
cpms-dashboard-user-role = UTILIZADOR: { $name } FUNÇÃO: { $profiles }
cpms-dashboard-request-another = Para pedir autorização para outra organização ou outro perfil, clique aqui

## The pages of CPMS.

cpms-page-organisation-home = Página inicial CPMS da organização
cpms-page-panels = Painéis
cpms-page-panel-create = Criar um painel
cpms-page-panel-manage = Gerir um painel (convidar, encerrar)
cpms-page-panel-contribute = Contribuir para um painel
cpms-page-kpis = Indicadores-chave de desempenho da rede
cpms-page-assistance = Pedidos de assistência
cpms-page-reports = Relatórios anonimizados

## An organisation's home page.

cpms-organisation-your-profiles = Os seus perfis aqui: { $profiles }
cpms-organisation-guest-access = Acesso de convidado: vê os painéis para os quais foi convidado e pode contribuir para eles.

## ERN Preferences.

cpms-preferences-welcome = Bem-vindo ao CPMS. Indique-nos a sua função profissional e as áreas temáticas em que pode dar parecer; enquanto não o fizer, não será proposto como especialista para os painéis.
cpms-preferences-professional-role = A minha função profissional
cpms-preferences-no-value = [Nenhum valor selecionado]
cpms-preferences-thematic-areas = Áreas temáticas ERN
cpms-preferences-specialist-in = Sou especialista em:
cpms-preferences-none = Nenhuma
cpms-preferences-update = Atualizar as preferências ERN
cpms-preferences-role-missing = Escolha a sua função profissional.
cpms-preferences-role-unknown = Escolha a sua função profissional na lista.
cpms-preferences-none-and-areas = { $network }: assinale «Nenhuma» ou áreas temáticas, mas não ambos.
cpms-preferences-unknown-area = Área temática desconhecida.

## The choices of "My professional role".

cpms-role-clinical-geneticist = Geneticista clínico
cpms-role-dermatologist = Dermatologista
cpms-role-endocrinologist = Endocrinologista
cpms-role-haematologist = Hematologista
cpms-role-hepatologist = Hepatologista
cpms-role-nephrologist = Nefrologista
cpms-role-neurologist = Neurologista
cpms-role-oncologist = Oncologista
cpms-role-ophthalmologist = Oftalmologista
cpms-role-paediatrician = Pediatra
cpms-role-pathologist = Patologista
cpms-role-pulmonologist = Pneumologista
cpms-role-radiologist = Radiologista
cpms-role-rheumatologist = Reumatologista
cpms-role-surgeon = Cirurgião
cpms-role-other-physician = Outro médico
cpms-role-nurse = Enfermeiro
cpms-role-psychologist = Psicólogo
cpms-role-researcher = Investigador
cpms-role-other-health-professional = Outro profissional de saúde

## Panels: a case discussed by specialists of a network.

cpms-panels-none = Não há painéis a mostrar.
cpms-panel = Painel
cpms-thematic-area = Área temática
cpms-panel-lead = Responsável
cpms-panel-status = Estado
cpms-panel-status-open = Aberto
cpms-panel-status-closed = Encerrado: { $outcome }
cpms-panel-all-panels = Todos os painéis
cpms-panel-invited = Especialistas convidados
cpms-panel-invited-none = ainda nenhum
cpms-panel-case-summary = Resumo do caso
cpms-panel-title = Título
cpms-panel-contributions = Contribuições
cpms-panel-contributions-none = Ainda não há contribuições.
cpms-panel-comment = Comentário
cpms-panel-add-comment = Adicionar comentário
cpms-panel-invite-heading = Convidar especialistas
cpms-panel-no-candidates = Nenhum especialista com «{ $area }» nas suas preferências ERN pode ser convidado.
cpms-panel-specialist = Especialista
cpms-panel-candidate = { $name } ({ $role })
cpms-panel-invite = Convidar especialista
cpms-panel-close = Encerrar o painel
cpms-panel-outcome = Resultado
cpms-panel-new-no-areas = Esta rede ainda não tem áreas temáticas, pelo que não é possível criar nenhum painel para ela.
cpms-panel-new-create = Criar o painel
cpms-panel-new-choose-area = Escolha uma área temática desta rede.
cpms-panel-not-invitable = Este membro não pode ser convidado: escolha um dos especialistas propostos para a área temática do painel.
cpms-panel-comment-needed = Escreva um comentário (no máximo 5000 caracteres).
cpms-panel-choose-outcome = Escolha um dos resultados.
cpms-panel-refused-view = Este painel não é um painel que dirige, para o qual foi convidado ou que gere.
cpms-panel-refused-invite = Só o responsável do painel e os respetivos gestores de painel podem convidar, e apenas enquanto o painel estiver aberto.
cpms-panel-refused-contribute = Só os participantes do painel podem contribuir, e apenas enquanto o painel estiver aberto.
cpms-panel-refused-close = Só o responsável do painel e os respetivos gestores de painel o podem encerrar, e apenas uma vez.

## The outcomes a panel is closed with.

cpms-outcome-diagnosis-confirmed = Diagnóstico confirmado
cpms-outcome-treatment-recommended = Tratamento recomendado
cpms-outcome-referred = Encaminhado para outro centro
cpms-outcome-no-consensus = Sem consenso
cpms-outcome-other = Outro

## A form field's problem. $field is the field's label.

cpms-field-required = O campo «{ $field }» é obrigatório.
cpms-field-too-long = { $max ->
    [one] O campo «{ $field }» deve ter no máximo { $max } carácter.
   *[other] O campo «{ $field }» deve ter no máximo { $max } caracteres.
}

## The Coordinator's network KPIs.

cpms-kpis-open-panels = Painéis abertos
cpms-kpis-closed-panels = Painéis encerrados
cpms-kpis-members = Membros
cpms-kpis-members-with-preferences = Membros com preferências ERN
cpms-kpis-unassigned = Pedidos ainda não atribuídos
cpms-kpis-pending-access-requests = Pedidos de acesso pendentes

## Requests for assistance.

cpms-assistance-on-behalf = { $organisation }, em nome do Coordenador
cpms-assistance-none = Não há pedidos de assistência.
cpms-assistance-requested-by = Pedido por { $name }.
cpms-assistance-assigned-to = Atribuído a { $name }.
cpms-assistance-not-assigned = Não atribuído.
cpms-assistance-assign-to = Atribuir a
cpms-assistance-assign = Atribuir
cpms-assistance-new = Novo pedido de assistência
cpms-assistance-subject = Assunto
cpms-assistance-details = Pormenores
cpms-assistance-create = Criar o pedido de assistência
cpms-assistance-required = O assunto e os pormenores são obrigatórios (no máximo 200 e 5000 caracteres, respetivamente).
cpms-assistance-choose-member = Escolha um membro desta rede a quem atribuir o pedido.

## The Researcher's anonymised reports.

cpms-reports-counts-only = { $organisation }. Apenas contagens: sem nomes, e-mails nem pormenores dos casos.
cpms-reports-by-area = Painéis por área temática
cpms-reports-by-outcome = Painéis encerrados por resultado
cpms-reports-panels = Painéis
cpms-reports-still-open = Ainda abertos

## Training mode: test accounts signed in without EU Login.

cpms-training-title = Contas de teste
cpms-training-heading = Iniciar sessão com uma conta de teste
cpms-training-notice = Apenas para formação: estas contas e os respetivos dados são mantidos separados dos utilizadores reais e dos dados reais.
cpms-training-account = Conta de teste
cpms-training-sign-in = Iniciar sessão com esta conta de teste
cpms-training-account-no-profile = { $username } ({ $name }): sem perfil CPMS
cpms-training-account-roles = { $username } ({ $name }): { $roles }
cpms-training-role = { $profile } em { $organisation }
cpms-training-choose-account = Escolha uma das contas de teste.

## Signing in through EU Login.

cpms-sign-in-refused = Não foi possível aceitar a resposta do EU Login. Inicie sessão novamente.
cpms-sign-in-two-factors = O CPMS exige a autenticação de dois fatores (nível de garantia «substantial» ou «high»). Inicie sessão novamente e escolha um método de verificação como Telemóvel + SMS.
cpms-sign-in-training-only = Esta instalação de formação não tem ligação ao EU Login. Utilize as contas de teste.
cpms-sign-in-expired = Este início de sessão expirou ou já foi utilizado. Inicie sessão novamente.
cpms-sign-in-not-completed = O EU Login não concluiu o início de sessão. Tente novamente.
cpms-sign-in-incomplete = A resposta de início de sessão está incompleta.

## Forms refused.

cpms-form-not-urlencoded = Os formulários devem ser enviados como application/x-www-form-urlencoded.
cpms-form-other-site = O formulário foi enviado a partir de outro sítio Web.
cpms-form-too-large = O formulário enviou mais dados do que qualquer um dos nossos formulários necessita.
cpms-form-unreadable = Não foi possível ler o formulário.
cpms-form-malformed = O formulário está mal formado.
cpms-form-expired = Este formulário expirou ou não foi enviado a partir das nossas páginas. Volte atrás, recarregue a página e tente novamente.
cpms-form-wrong-kind = O formulário contém um campo de tipo errado.

## Error pages: a title, then a message.

cpms-error-bad-request = Há um problema com este pedido
cpms-error-form-refused = Este formulário não pode ser aceite
cpms-error-sign-in = Inicie sessão
cpms-error-not-allowed = O seu perfil não dá acesso a esta página
cpms-error-not-allowed-here = Os seus perfis nesta organização não incluem nenhum dos que esta página exige.
cpms-error-not-found = Página não encontrada
cpms-error-not-found-text = Não existe nenhuma página neste endereço.
cpms-error-sign-in-not-completed = Início de sessão não concluído
cpms-error-unavailable = Serviço temporariamente indisponível
cpms-error-unavailable-text = O EU Login ou o CPMS não podem responder neste momento. Nada foi alterado; tente novamente dentro de um minuto.
cpms-error-internal = Ocorreu um erro do nosso lado
cpms-error-internal-text = O erro foi registado. Tente novamente; se voltar a acontecer, contacte o apoio técnico.
cpms-error-page = Página
cpms-error-organisation = Organização
cpms-error-profiles-needed = Perfis exigidos por esta página nessa organização
cpms-error-profiles-held = Os seus perfis nessa organização
cpms-error-no-profiles = nenhum
cpms-error-request-another-profile = Para pedir autorização para utilizar o CPMS com outro perfil, clique aqui
cpms-error-reference = Referência para o apoio técnico:
cpms-error-start-page = Ir para a página inicial
