import type { LanguageCues } from './language-cues.js';

export const es: LanguageCues = {
  negators: ['no', 'nunca', 'jamás', 'tampoco', 'ni', 'sin', 'nada', 'nadie', 'ningún', 'ninguna'],
  intensifiers: ['muy', 'muchísimo', 'mucho', 'super', 'súper', 'tan', 'realmente', 'totalmente', 'bien', 'demasiado', 'sumamente'],
  downtoners: ['poco', 'algo', 'bastante', 'medio'],
  neutralWords: ['caro', 'tiempo', 'venga', 'leal', 'solo', 'fuerte', 'calor', 'claro', 'descuento', 'urgente', 'demostración', 'oferta', 'cierto', 'obligado', 'aceptar', 'paga', 'fiebre', 'cancelar', 'rechazado', 'perder', 'fraudes', 'calma'],
  expressions: {
    gracias: 0.4, 'muchas gracias': 0.7, 'muchísimas gracias': 0.85, 'mil gracias': 0.8, 'gracias a usted': 0.5, 'se lo agradezco': 0.55, 'te lo agradezco': 0.55,
    'muy amable': 0.55, perfecto: 0.5, genial: 0.5, excelente: 0.6, estupendo: 0.55, maravilloso: 0.6, 'qué bueno': 0.45, 'qué bien': 0.45,
    'me salvó': 0.85, 'me ha salvado': 0.85, 'me salvaste': 0.85, 'así da gusto': 0.7, 'muy claro todo': 0.5, 'me interesa mucho': 0.5, 'qué cómodo': 0.4,
    'me resolvió': 0.5, 'eso ya es otra cosa': 0.35, 'algo es algo': 0.05, 'menos mal': 0.35,
    'es la tercera vez': -0.45, 'la tercera vez': -0.45, 'la cuarta vez': -0.55, 'la sexta vez': -0.6, 'nadie avisa': -0.45, 'nadie me avisó': -0.45,
    'para lo que sirve': -0.6, 'me ha alegrado el día': -0.5, 'qué vergüenza': -0.45, 'qué mala onda': -0.55, 'ni modo': -0.3, 'no me interesa': -0.3,
    'no me llamen': -0.5, 'no quiero': -0.2, 'no puede ser': -0.45, 'es inaceptable': -0.7, 'estoy harto': -0.7,
    'estoy harta': -0.7, 'una vergüenza': -0.6, 'qué se va a hacer': -0.25, 'uf': -0.1,   },
  apologyForTone: ['disculpe si le hablé fuerte', 'disculpe si le hable', 'perdone si fui', 'perdón por cómo', 'siento haberme puesto', 'disculpe el tono', 'perdón por el tono', 'disculpa si te hablé'],
  resignation: ['gracias de todas formas', 'gracias igual', 'gracias de todos modos', 'qué se va a hacer', 'ni modo', 'ya ni modo', 'qué le vamos a hacer', 'algo es algo', 'por lo menos', 'al menos', "qué remedio", "no me queda otra", "no tengo opción", "no tengo otra", "esperaré", "ya qué", "pues nada", "qué le voy a hacer", "lo que sea", "si no hay de otra", "me toca esperar"],
  threats: ['abogado', 'denuncia', 'profeco', 'consumo', 'reclamación formal', 'hoja de reclamaciones', 'me cambio de compañía', 'cambiarme de compañía', 'me voy a otra', 'redes sociales', 'reseña'],
  badNews: [
    'no puedo', 'no podemos', 'lamentablemente', 'desafortunadamente', 'por desgracia', 'no es posible', 'no está disponible', 'no hay', 'no tenemos',
    'no se puede', 'lo siento pero', 'no le puedo', 'no te puedo', 'no está permitido', 'es la política',
  ],
  resolution: [
    'listo', 'agendado', 'queda agendado', 'queda reservado', 'reservado', 'confirmado', 'anotado', 'solucionado', 'resuelto', 'ya funciona', 'ya está',
    'ya me deja', 'le llega', 'le confirmo', 'lo estoy dando de baja', 'dando de baja', 'cancelo la tarjeta', 'queda congelado', 'no tiene que pagarlo',
    'le envío', 'ya se lo envié', 'queda el', 'hecho',
  ],
  hangUp: ['sigue ahí', 'sigues ahí', 'ha colgado', 'ya colgó', 'colgó'],
  recordedLine: ['deje su nombre', 'deje su mensaje', 'después de la señal', 'después del tono', 'mensaje grabado', 'pulse uno', 'marque uno'],
  escalation: {
    demandVerbs: ['hablar con', 'pásame', 'páseme', 'me pasa con', 'me pasas con', 'comuníqueme con', 'comunícame con', 'quiero', 'hay un', 'hay algún', 'llame a', "quiero hablar", "necesito hablar", "póngame con", "me comunica con", "puedo hablar", "quisiera hablar"],
    roles: ['supervisor', 'supervisora', 'gerente', 'encargado', 'encargada', 'responsable', 'jefe', 'jefa', 'dueño', 'dueña', 'director', 'directora', 'alguien que decida', 'una persona', 'fraudes', "superior", "alguien de arriba", "coordinador", "coordinadora", "médico", "doctor", "doctora"],
    handover: [
      'le comunico con', 'te comunico con', 'le transfiero', 'lo transfiero', 'la transfiero', 'te transfiero', 'le paso con', 'te paso con', 'lo paso con',
      'la paso con', 'le pongo con', 'transferir la llamada', 'le derivo', 'escalar', 'escalo el caso', "le paso", "te paso", "ciento doce", "nueve uno uno", "derivar", "deriv*", "escal*", "le pongo en contacto", "paso el caso", "paso su caso", "paso el caso", "le dejo el caso", "segundo nivel", "lo paso a", "lo derivo", "voy a transferir", "transferir con", "le voy a pasar con"],
    followUp: ['le llamará', 'le va a llamar', 'lo va a llamar', 'la va a llamar', 'te va a llamar', 'le devolverá la llamada', 'le contacte', 'le contactará', 'se pondrá en contacto', 'le llama mañana', "le van a llamar", "le llamarán", "se comunicará", "se comunicarán", "le devolverán", "la llamará", "lo llamará", "te llamará", "le llamará", "le contactarán", "lo contactarán", "la contactarán", "le devolverá", "le llaman", "la llaman", "lo llaman", "te llaman", "le llama", "te llama", "lo llama", "la llama", "le escriben", "le contacta", "lo contacta"],
  },
  intents: {
    booking: {
      cita: 2, 'pedir cita': 3, reservar: 3, reserva: 2, agendar: 3, 'cambiar la cita': 3, 'cambiar mi cita': 3, visita: 1, 'una visita': 2, 'ver el': 1,
      'no voy a poder ir': 3, 'anular la cita': 3, 'cancelar la cita': 3, 'otro día': 2, 'demostración': 2, 'una demo': 3, turno: 2,       'para el sábado': 1, 'quisiera ver': 2, 'tenía cita': 3,
    },
    complaint: {
      queja: 3, quejarme: 3, 'llamo para quejarme': 3, reclamación: 3, reclamo: 3, reembolso: 2, 'me cobraron': 3, 'cobro indebido': 3, 'la tercera vez': 2,
      'la sexta vez': 3, 'la cuarta vez': 3, 'no me llamen': 3, inaceptable: 2, 'nadie avisa': 2, 'me siguen llamando': 3, 'error suyo': 2,
      'mal servicio': 3, 'me engañaron': 3,
    },
    support: {
      'no funciona': 3, error: 2, 'me sale error': 3, 'no consigo': 3, 'no puedo entrar': 3, contraseña: 2, bloquearon: 3, bloqueada: 2, 'se trabó': 3,
      'no gira': 2, avería: 3, 'no anda': 2, 'me pide': 1, 'no me deja': 2, fuga: 3, 'se rompió': 3, 'está roto': 3, 'dejó de funcionar': 3, ayuda: 1,
      'que me la arreglen': 3, arreglar: 2, instale: 1, 'pago rechazado': 2, portátil: 1, outlook: 1, teams: 1,
    },
    sales: {
      cotizar: 3, cotización: 3, presupuesto: 2, precio: 2, precios: 2, 'cuánto cuesta': 2, 'cuánto cobran': 2, 'cuánto sale': 2, comprar: 3, contratar: 2,
      vender: 3, 'vender mi': 3, promoción: 2, oferta: 1, financiamiento: 2, paneles: 1, 'cambiar de compañía': 2, descuento: 1, 'le llamo de': 1,
    },
    info: {
      'quería saber': 3, 'quisiera saber': 3, 'me gustaría saber': 3, información: 2, pregunta: 2, horario: 2, '¿tienen': 1, 'a qué hora': 2, 'gastos': 1,
      'está disponible': 2, 'cómo trabajan': 2, 'llamaba por': 1, 'a qué punto': 1, 'dónde está': 2,
    },
  },
  outboundOpening: ['le llamo de', 'te llamo de', 'hablo con', 'le llamamos de', 'para ofrecerle', 'por una promoción', 'tiene un minuto'],
  lead: {
    commitment: ['quiero cotizar', 'sería de contado', 'me interesa', 'lo queremos', 'mándamelo', 'quisiera ver una demostración', 'estamos listos', 'yo decido', 'agendado', 'nos vemos'],
    reluctance: ['lo voy a pensar', 'lo pienso', 'no me interesa', 'no contrato nada', 'más caro', 'no, gracias', 'no quiero', 'cancelar', 'anular', 'no voy a poder'],
  },
  entities: {
    weekdays: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    relativeDays: ['hoy', 'mañana', 'pasado mañana', 'esta semana', 'la semana que viene', 'la próxima semana', 'ayer', 'esta noche'],
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    numberWords: ['un', 'uno', 'una', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'quince', 'veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa', 'cien', 'ciento', 'doscientos', 'trescientos', 'quinientos', 'mil', 'millones', 'y', 'media'],
    currencies: ['euro*', 'peso*', 'dólar*', 'dolar*'],
    timePrepositions: ['las', 'la'],
  },
};
