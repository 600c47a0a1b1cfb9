/**
 * Compact stopword lists for term weighting: the function words that carry no
 * topic. Short on purpose (a few hundred words in all); TF-IDF discounts the
 * rest. Also used to guess the language of a page that does not declare one.
 */

const LISTS: Readonly<Record<string, string>> = {
  en: `a about above after again against all also am an and any are aren't as at be because been before
    being below between both but by can can't could couldn't did didn't do does doesn't doing don't down
    during each even ever few for from further get got had hadn't has hasn't have haven't having he he'd
    he'll he's her here here's hers herself him himself his how i i'd i'll i'm i've if in into is isn't it
    it's its itself just let's like may me might more most much must my myself no nor not now of off on
    once one only or other our ours ourselves out over own said same says she she'd she'll she's should so
    some such than that that's the their theirs them themselves then there there's these they they'd
    they'll they're they've this those through to too under until up us very was wasn't we we'd we'll
    we're we've were weren't what what's when where which while who whom why will with won't would
    wouldn't yet you you'd you'll you're you've your yours yourself also would could mr ms mrs`,
  de: `aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bin bis
    bist da damit dann das dass daß dein dem den denn der des dessen deshalb die dies diese diesem diesen
    dieser dieses doch dort du durch ein eine einem einen einer eines er es etwa euch euer für gegen
    gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer
    im in indem ins ist ja jede jedem jeden jeder jedes jetzt kann kein keine können könnte man manche
    mehr mein meine mich mir mit muss musste nach nicht nichts noch nun nur ob oder ohne schon sehr sein
    seine seinem seinen seiner sich sie sind so solche soll sollte sondern sonst über um und uns unser
    unter viel vom von vor war waren warum was weil welche wenn wer werde werden wie wieder will wir wird
    wo wurde wurden zu zum zur zwar zwischen sagte sagt`,
  fr: `a à au aux avec ce ces cette c'est ceux chez comme dans de des du elle elles en est et été être eu
    il ils je la le les leur leurs lui ma mais me même mes moi mon ne nos notre nous on ont ou où par pas
    pour qu que qui sa sans se ses si son sont sur ta te tes toi ton tous tout toute toutes très tu un une
    vos votre vous y d l j n s c qu' l' d' n' s' c' j' plus aussi avait avoir fait faire été était sont
    cela ça dont entre encore après avant depuis donc alors ainsi bien peu lors selon`,
  es: `a al algo algunos ante antes como con contra cual cuando de del desde donde durante e el él ella
    ellas ellos en entre era es esa esas ese eso esos esta está están estas este esto estos fue fueron ha
    han hasta hay la las le les lo los más me mi mis mucho muy ni no nos o otra otro otros para pero poco
    por porque que qué quien se sea ser si sí sin sino sobre son su sus también tan te tiene todo todos
    tu un una uno unos y ya yo dijo según además cuál ser hace puede pueden sido tras`,
};

const SETS = new Map<string, ReadonlySet<string>>();

export function stopwords(lang: string): ReadonlySet<string> {
  let s = SETS.get(lang);
  if (!s) {
    s = new Set((LISTS[lang] ?? '').split(/\s+/).filter(Boolean));
    SETS.set(lang, s);
  }
  return s;
}

export const STOPWORD_LANGS = Object.keys(LISTS);
