import type { LanguageCues } from './language-cues.js';

export const pt: LanguageCues = {
  negators: ['não', 'nunca', 'jamais', 'nem', 'sem', 'nenhum', 'nenhuma', 'nada', 'ninguém'],
  intensifiers: ['muito', 'muitíssimo', 'super', 'tão', 'mesmo', 'realmente', 'totalmente', 'bem', 'imenso', 'demasiado'],
  downtoners: ['pouco', 'bocado', 'meio', 'algo'],
  neutralWords: ['ha', 'sim', 'claro', 'favor', 'sair', 'decidir', 'seguro', 'bloqueio', 'acidente', 'desculpa', 'sério', 'aprovado', 'resolver', 'responsável', 'demora', 'melhor', 'cancelar'],
  expressions: {
    obrigado: 0.4, obrigada: 0.4, 'muito obrigado': 0.65, 'muito obrigada': 0.65, 'muitíssimo obrigado': 0.85, 'muitíssimo obrigada': 0.85, 'obrigado eu': 0.3,
    perfeito: 0.5, ótimo: 0.5, excelente: 0.6, 'que bom': 0.45, 'foi uma simpatia': 0.7, simpatia: 0.4, 'salvou-me': 0.85, 'me salvou': 0.85, 'não imagina o jeito': 0.7,
    'fico contente': 0.5, 'outra conversa': 0.2, 'dá-me jeito': 0.2, 'está bem': 0.1, 'pode ser': 0.05,
    beleza: 0.45, valeu: 0.45, 'tudo bem': 0.1, 'não está nada mal': 0.45, 'às ordens': 0.2, 'pronto': 0.0,
    'estou furioso': -0.8, 'estou furiosa': -0.8, 'a terceira vez': -0.45, 'a segunda vez': -0.3, 'ninguém me ligou': -0.45, 'ninguém me disse': -0.45,
    'ninguém me avisou': -0.45, 'falha vossa': -0.5, 'que generosidade': -0.6, 'sempre a mesma resposta': -0.5,
    'mais um formulário': -0.55, 'isto não pode continuar': -0.7,     'já não dá': -0.4, 'não é o que eu queria': -0.3, 'uma confusão': -0.2,
  },
  apologyForTone: ['desculpa também por ter começado', 'desculpe ter começado', 'peço desculpa também', 'desculpe se fui', 'desculpe o tom', 'começado aos gritos'],
  resignation: ['obrigada na mesma', 'obrigado na mesma', 'mas pronto', 'não há outro remédio', 'paciência', 'pelo menos', 'ao menos', 'mas aceito', 'fica a desmarcação', "não tenho escolha", "não há nada a fazer", "que remédio", "fazer o quê", "fazer o que", "vou esperar", "tanto faz", "se tem de ser", "se tem que ser", "não tenho outra"],
  threats: ['advogado', 'livro de reclamações', 'vou mudar de operador', 'mudar de operador', 'mudar de operadora', 'deco', 'queixa formal', 'podem ter a certeza'],
  badNews: [
    'não consigo', 'não posso', 'não podemos', 'infelizmente', 'lamento, é a única', 'única opção', 'não é possível', 'não há', 'não tenho previsão',
    'não consigo garantir', 'é o máximo que', 'não podem ser enviados',
  ],
  resolution: [
    'fica marcado', 'fica desmarcada', 'fica anotado', 'fica enviado', 'enviado', 'resolvido', 'está ativo', 'já está', 'parou', 'ligou', 'ligado', 'consigo',
    'submeto eu o reembolso', 'reembolso de', 'fica por conta da casa', 'marcado', 'anular setenta', 'crédito',
  ],
  hangUp: ['está aí', 'desligou', 'caiu a chamada', 'está lá'],
  recordedLine: ['deixe a sua mensagem', 'deixe mensagem', 'após o sinal', 'depois do sinal', 'prima um', 'marque um'],
  escalation: {
    demandVerbs: ['falar com', 'passe-me', 'passa-me', 'quero', 'queria', 'gostava que', 'há um', 'chame', "quero falar", "posso falar", "queria falar", "gostava de falar", "ponha-me"],
    roles: ['supervisor', 'supervisora', 'gerente', 'responsável', 'chefe', 'dono', 'dona', 'diretor', 'diretora', 'quem decide', 'alguém responsável', 'médico', "superior", "coordenador", "coordenadora", "encarregado", "encarregada", "doutor", "doutora", "alguém acima", "gestor", "gestora"],
    handover: [
      'vou transferir', 'transferir a chamada', 'vou passar', 'passar a chamada', 'estou a passar', 'vou ligá-los', 'ligá-los', 'em linha', 'vou pô-lo em contacto',
      'vou encaminhar', 'contactar o canalizador', 'contactar o técnico', "cento e doze", "escal*", "encaminh*", "reencaminh*", "passar ao", "passar à", "passo ao", "passo à", "transfiro", "vou pô-la em contacto", "vou acionar", "aciono o", "segundo nível", "passo o caso", "encaminho"],
    followUp: ['liga-lhe', 'ela liga', 'ele liga', 'vai ligar-lhe', 'vai contactá-lo', 'vai contactá-la', 'entra em contacto', 'lhe telefona', 'retorna a chamada', "vai ligar", "vão ligar", "ligam-lhe", "entrará em contacto", "entra em contato", "vai entrar em contacto", "contactá-lo", "contactá-la", "lhe ligar", "ligar-lhe", "devolver a chamada", "telefona-lhe", "vai telefonar", "te liga", "lhe liga", "vai te ligar", "liga para o senhor", "liga para a senhora", "te ligam", "lhe ligam", "liga amanhã", "entra em contacto consigo", "entra em contato", "contacta-a", "contacta-o", "vai contactá-la", "liga-lhe amanhã"],
  },
  intents: {
    booking: {
      marcar: 2, 'marcar uma consulta': 3, 'marcar consulta': 3, marcação: 2, consulta: 1, agendar: 3, desmarcar: 3, remarcar: 3, visita: 1, 'marcar uma visita': 3,
      reservar: 3, reserva: 2, 'minha marcação': 3,
    },
    complaint: {
      reclamação: 3, reclamar: 3, queixa: 3, 'cobraram-me': 3, 'cobrado duas vezes': 3, 'duas vezes': 1, reembolso: 2, 'a terceira vez': 2, 'a segunda vez que ligo': 3,
      'estou furioso': 3, 'ninguém me ligou': 2, 'cobrança indevida': 3,
    },
    support: {
      'não funciona': 3, 'não consigo entrar': 3, 'não consigo': 2, erro: 2, 'não me liga': 3, 'rebentou': 3, 'cano': 2, 'água por todo o lado': 3, avaria: 3,
      'palavra-passe': 2, 'código de verificação': 2, 'portal do paciente': 1, avariado: 3, 'parou de funcionar': 3,
    },
    sales: {
      comprar: 3, orçamento: 3, preço: 2, 'quanto custa': 2, 'quanto é': 1, seguro: 1, renovação: 2, 'subiu': 1, 'mensalidade': 1, promoção: 2, pacote: 2,
      vender: 3, 'pré-aprovado': 2,
    },
    info: {
      'queria saber': 3, 'gostaria de saber': 3, informação: 2, 'uma pergunta': 2, horário: 3, encomenda: 2, seguimento: 2, 'em trânsito': 2, 'está disponível': 2,
          },
  },
  outboundOpening: ['estou a ligar da', 'estou a ligar de', 'falo com o senhor', 'falo com a senhora', 'tem um minuto', 'ligo da parte'],
  lead: {
    commitment: ['queremos', 'estamos mesmo à procura', 'crédito pré-aprovado', 'fica marcado', 'encaixa no que precisamos', 'quero o pacote', 'marcar uma visita'],
    reluctance: ['quero ver isso por escrito', 'vou pensar', 'não me interessa', 'muito caro', 'desmarcar', 'não, obrigada', 'não, obrigado'],
  },
  entities: {
    weekdays: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'sábado', 'domingo'],
    relativeDays: ['hoje', 'amanhã', 'depois de amanhã', 'esta semana', 'próxima semana', 'ontem', 'esta noite'],
    months: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    numberWords: ['um', 'uma', 'dois', 'duas', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'onze', 'doze', 'quinze', 'vinte', 'trinta', 'quarenta', 'cinquenta', 'sessenta', 'setenta', 'oitenta', 'noventa', 'cem', 'cento', 'duzentos', 'trezentos', 'mil', 'e', 'meia'],
    currencies: ['euro*', 'rea*', 'dólar*'],
    timePrepositions: ['às', 'as', 'pelas'],
  },
};
