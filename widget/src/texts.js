// What the frame says, in French and English.
export var texts = {
  fr: {
    title: 'Cas d\u2019usage de l\u2019intelligence artificielle',
    search: 'Rechercher',
    searchPlaceholder: 'ex. devis, stocks, recrutement',
    sector: 'Secteur',
    allSectors: 'Tous les secteurs',
    function: 'Fonction de l\u2019entreprise',
    allFunctions: 'Toutes les fonctions',
    searching: 'Recherche\u2026',
    none: 'Aucun cas d\u2019usage ne correspond.',
    found: function (count) {
      return count === 1 ? '1 cas d\u2019usage' : count + ' cas d\u2019usage';
    },
    back: '\u2190 Retour aux r\u00e9sultats',
    benefits: 'B\u00e9n\u00e9fices',
    error: 'Le catalogue ne r\u00e9pond pas pour le moment. R\u00e9essayez plus tard.',
  },
  en: {
    title: 'Artificial intelligence use cases',
    search: 'Search',
    searchPlaceholder: 'e.g. quotes, stock, hiring',
    sector: 'Sector',
    allSectors: 'All sectors',
    function: 'Business function',
    allFunctions: 'All functions',
    searching: 'Searching\u2026',
    none: 'No use case matches.',
    found: function (count) {
      return count === 1 ? '1 use case' : count + ' use cases';
    },
    back: '\u2190 Back to the results',
    benefits: 'Benefits',
    error: 'The catalogue is not answering at the moment. Please try again later.',
  },
};
