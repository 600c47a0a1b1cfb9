import type { Lexicon } from './types.js';

/**
 * French. Attribution often sits inside the marks (« A, explique X. B ») or
 * after them with the subject inverted (« … », a-t-il déclaré / estime-t-elle).
 */
export const fr: Lexicon = {
  speech: [
    'dit', 'a dit', 'déclare', 'a déclaré', 'explique', 'a expliqué', 'expliquait', 'ajoute', 'a ajouté',
    'affirme', 'a affirmé', 'estime', 'a estimé', 'souligne', 'a souligné', 'assure', 'a assuré', 'indique',
    'a indiqué', 'précise', 'a précisé', 'poursuit', 'raconte', 'a raconté', 'confie', 'a confié', 'lance',
    'a lancé', 'martèle', 'insiste', 'regrette', 'déplore', 'rappelle', 'reconnaît', 'admet', 'juge',
    'observe', 'écrit', 'a écrit', 'écrivait', 'répond', 'a répondu', 'confirme', 'prévient', 'avertit',
    'dénonce', 'résume', 'conclut', 'ironise', 'tranche', 'glisse', 'souffle', 'commente', 'analyse',
    'témoigne', 'relate', 's\'exclame', 'se souvient', 'raille', 'réplique', 'note', 'a noté', 'notait',
    'disait', 'affirmait', 'déclarait', 'proclame', 'plaide', 'avance', 'détaille', 'argumente', 'tweete',
    'a tweeté', 'a annoncé', 'annonce', 'a réagi', 'réagit', 'a souligné', 'a assuré', 'a rappelé',
    'interroge', 'demande', 'a demandé', 'qualifie', 'parle', 'évoque', 'avoue', 'a avoué', 'assène',
    'a asséné', 'lâche', 'a lâché', 'tacle', 'cingle', 's\'agace', 's\'insurge', 'ajoutait', 'confiait',
    'assurait', 's\'est souvenu', 's\'est souvenue', 'se rappelle', 'poursuivait', 'continue',
    // Third person plural.
    'disent', 'ont dit', 'ont déclaré', 'expliquent', 'affirment', 'estiment', 'soulignent', 'assurent',
    'indiquent', 'précisent', 'ont expliqué', 'ont affirmé', 'ont estimé', 'ont souligné', 'ont indiqué',
  ],
  report: [
    'a souligné', 'souligne', 'a estimé', 'estime', 'a affirmé', 'affirme', 'a déclaré', 'déclare',
    'a assuré', 'assure', 'a expliqué', 'explique', 'a insisté', 'insiste', 'a rappelé', 'rappelle',
    'a averti', 'avertit', 'a dénoncé', 'dénonce', 'a plaidé', 'plaide', 'a reconnu', 'reconnaît',
    'a annoncé', 'annonce', 'juge', 'a jugé', 'considère', 'a considéré', 'craint', 'a promis', 'promet',
    'a indiqué', 'indique', 'a précisé', 'précise', 'a dit', 'dit', 'a réclamé', 'réclame', 'appelle',
    // Bare participles of compound tenses, after "a", "avait", "aurait" (skipped as auxiliaries).
    'affirmé', 'déclaré', 'expliqué', 'ajouté', 'estimé', 'souligné', 'assuré', 'indiqué', 'précisé', 'raconté',
    'confié', 'lancé', 'écrit', 'répondu', 'noté', 'annoncé', 'rappelé', 'reconnu', 'admis', 'jugé', 'insisté',
    'averti', 'dénoncé', 'promis', 'qualifié', 'réagi', 'martelé', 'prévenu', 'confirmé', 'demandé', 'fait savoir',
  ],
  that: ['que', 'qu\'', 'qu’'],
  source: ['selon', 'd\'après', 'd’après', 'de l\'avis de', 'aux yeux de', 'pour'],
  pronouns: { il: 'm', elle: 'f', ils: 'p', elles: 'p' },
  titles: {
    'm.': 'm', 'mme': 'f', 'mme.': 'f', 'mlle': 'f', 'monsieur': 'm', 'madame': 'f', 'président': 'm',
    'présidente': 'f', 'ministre': '', 'maire': '', 'docteur': '', 'dr': '', 'dr.': '', 'professeur': '',
    'porte-parole': '', 'directeur': 'm', 'directrice': 'f', 'député': 'm', 'députée': 'f', 'sénateur': 'm',
    'sénatrice': 'f', 'maître': '', 'me': '', 'général': 'm', 'préfet': 'm', 'préfète': 'f',
    // Roles that stand for a person named elsewhere ("la toxicologue", "un dirigeant de LREM").
    'dirigeant': 'm', 'dirigeante': 'f', 'responsable': '', 'proche': '', 'conseiller': 'm', 'conseillère': 'f',
    'élu': 'm', 'élue': 'f', 'militant': 'm', 'militante': 'f', 'ténor': 'm', 'cadre': '', 'chercheur': 'm',
    'chercheuse': 'f', 'expert': '', 'experte': 'f', 'toxicologue': '', 'anthropologue': '', 'sociologue': '',
    'historien': 'm', 'historienne': 'f', 'journaliste': '', 'avocat': 'm', 'avocate': 'f', 'philosophe': '',
  },
  particles: ['de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'd\'', 'd’', 'da', 'di', 'del', 'al', 'ben'],
  abbreviations: ['m', 'mme', 'mlle', 'dr', 'pr', 'me', 'st', 'ste', 'janv', 'févr', 'avr', 'juill', 'sept',
    'oct', 'nov', 'déc', 'env', 'cf', 'p', 'vol', 'art', 'n°', 'no'],
  naming: ['nom', 'appelé', 'appelée', 'baptisé', 'baptisée', 'intitulé', 'intitulée', 'surnommé', 'surnommée',
    'surnom', 'dit', 'dite', 'expression', 'formule', 'mot', 'mots', 'terme', 'slogan', 'livre', 'film',
    'émission', 'série', 'campagne', 'projet', 'programme', 'titre', 'ouvrage', 'roman', 'album',
    'chanson', 'opération', 'plan', 'label', 'hashtag', 'devise', 'rubrique', 'thème', 'essai', 'revue'],
  determiners: ['un', 'une', 'le', 'la', 'les', 'l\'', 'l’', 'des', 'd\'', 'd’', 'son', 'sa', 'ses', 'leur',
    'ce', 'cet', 'cette', 'plusieurs', 'certains', 'un proche', 'deux', 'trois'],
  indefinite: ['un', 'une', 'des', "d'", 'd’', 'plusieurs', 'certains', 'deux', 'trois'],
  impersonal: ['on'],
  clause: ['que', "qu'", 'est', 'était', 'sont', 'ont', 'sera', 'serait', 'si', 'parce', 'mais', 'et', 'car'],
  prepositions: ['à', 'au', 'aux', 'de', 'du', 'des', "d'", 'en', 'dans', 'par', 'pour', 'sur', 'sous', 'avec',
    'chez', 'vers', 'contre', 'entre', 'le', 'la', 'les', "l'", 'un', 'une', 'et', 'ou'],
  notNames: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
    'novembre', 'décembre', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'je',
    'il', 'elle', 'nous', 'vous', 'ils', 'elles', 'dieu'],
  organisations: ['université', 'ministère', 'tribunal', 'banque', 'parti', 'conseil', 'assemblée',
    'gouvernement', 'police', 'institut', 'fondation', 'agence', 'société', 'groupe', 'commission', 'cour',
    'ville', 'république', 'union', 'office', 'académie', 'association', 'palais', 'élysée', 'entreprise',
    'firme', 'organisation', 'revue', 'journal'],
  participles: ['soulignant', 'estimant', 'expliquant', 'ajoutant', 'affirmant', 'assurant', 'indiquant',
    'précisant', 'rappelant', 'déclarant', 'jugeant', 'insistant'],
  agents: ['par'],
};
