/**
 * Grounds the movant asserts, in the categories of U.S.S.G. § 1B1.13(b) as amended November 1, 2023,
 * plus COVID-19 risk as courts treated it from 2020.
 */
import type { Ground } from '../types.js';
import type { CrRule } from '../rule.js';

// The government's recitals name the movant's grounds too ("The Government argues that his asthma is controlled").
const ASSERTED_SCOPES: CrRule<Ground>['scopes'] = ['court', 'argument_defendant', 'argument_government', 'quotation', 'history'];

function ground(id: string, value: Ground, anchors: string[], pattern: RegExp, ...rest: Array<string[] | ((m: RegExpExecArray, text: string) => boolean)>): CrRule<Ground> {
  const accept = rest.find((r): r is (m: RegExpExecArray, text: string) => boolean => typeof r === 'function');
  const [examples, counterexamples] = rest.filter((r): r is string[] => Array.isArray(r));
  return { id: `cr/ground/${id}`, anchors, pattern, parse: (m, text) => (!accept || accept(m, text) ? value : null), priority: 30, examples, counterexamples, scopes: ASSERTED_SCOPES };
}

export const groundRules: CrRule<Ground>[] = [
  // "based on the COVID-19 pandemic", "his risk of dying from Covid-19", "the coronavirus"
  ground('covid-risk', 'covid_risk', ['covid', 'coronavirus', 'pandemic'], /\b(?:COVID(?:-?19)?|Covid(?:-?19)?|covid(?:-?19)?|[Cc]oronavirus|pandemic|SARS-CoV-2)\b/g,
    ['Defendant seeks release based on the COVID-19 pandemic', 'to reduce his risk of dying from Covid-19', 'the ongoing novel coronavirus pandemic'],
    ['a pandemonium in the courtroom']),
  // "Stage IV colon cancer that has metastasized", "a terminal illness", "life expectancy of 18 months"
  ground('terminal-illness', 'terminal_illness', ['terminal', 'stage', 'metasta', 'life expectancy', 'hospice'],
    /\bterminal(?:ly)?[\s-]+(?:\w+\s+)?(?:ill|illness|cancer|(?:medical\s+)?condition|diagnosis|disease)\b|\bstage (?:IV|4|four)\b|\bmetasta\w+|\blife expectancy\b|\bend[- ]of[- ]life\b|\bhospice\b/gi,
    ['a diagnosis of Stage IV colon cancer', 'Defendant has terminal lung cancer.', 'His life expectancy is 18 months.', 'he is terminally ill'],
    ['the terminal at the airport']),
  // "obesity, hypertension and sleep apnea", "chronic asthma", "his medical conditions"
  ground('serious-medical', 'serious_medical', ['asthma', 'obes', 'diabet', 'hypertension', 'blood pressure', 'copd', 'pulmonary', 'cancer', 'kidney', 'liver', 'heart', 'apnea', 'hiv', 'medical', 'health', 'mental', 'pain', 'stroke', 'dementia', 'cardiac', 'renal', 'sickle', 'parkinson', 'dialysis', 'hepatitis', 'cirrhosis', 'tumo', 'sclerosis', 'immunocomp', 'coronary'],
    /\b(?:asthma|obes(?:e|ity)|diabet(?:es|ic)|hypertension|high blood pressure|COPD|[Cc]hronic [Oo]bstructive [Pp]ulmonary|cancer|tumou?rs?|kidney (?:disease|stones|failure)|renal|(?:fatty )?liver disease|cirrhosis|heart (?:disease|condition|failure|attack)s?|cardiac|coronary|sleep apnea|HIV|hepatitis|sickle cell|strokes?|dementia|Parkinson[’']?s|multiple sclerosis|dialysis|immunocompromised|(?:his|her|their|serious|chronic|underlying|pre-existing|preexisting)\s+(?:medical|health|physical)\s+(?:conditions?|issues|problems|ailments|concerns)|(?:medical|health) conditions? (?:that|which)|(?:his|her) (?:health|medical) (?:condition|status)|(?:his|her) health (?:has )?(?:declined|deteriorated)|mental[- ]health (?:conditions?|issues|problems)|(?:chronic|back|severe|neck) pain)\b/g,
    ['because of obesity, hypertension and sleep apnea', 'he suffers from chronic asthma', 'end-stage renal disease requiring dialysis', 'because of sickle cell disease', 'She has advanced Parkinson’s disease', 'based on his health conditions amid the COVID-19 pandemic', 'he suffers from medical conditions that make him susceptible'],
    ['he is in general good health', 'a medical center']),
  // "Defendant is 71 years old", "his advanced age"
  ground('age', 'age', ['years old', 'years of age', 'advanced age', 'elderly', 'aged', 'age of', 'his age', 'her age'],
    /\b(?:[6-9]\d|1[01]\d)[- ]years?[- ]old\b|\b(?:[6-9]\d) years of age\b|\bage (?:of )?(?:[6-9]\d)\b|\badvanced age\b|\b(?:his|her) (?:advanced )?age\b(?! (?:at|when|of \d))|\b(?:is|are) elderly\b|\baged (?:[6-9]\d)\b/gi,
    ['Defendant is 71 years old', 'his advanced age', 'he is 68 years of age', 'citing his age and heart disease'],
    ['he is 43 years of age', 'a 25-year-old defendant', 'more than two hundred elderly victims']),
  // "to take care of [her] incapacitated parents", "the only available caregiver for his children"
  ground('family-circumstances', 'family_circumstances', ['care', 'incapacit', 'family circumstances'],
    /\b(?:care[\s-]?giver|caretaker|family circumstances)\b|\b(?:take )?care (?:of|for) (?:\[?(?:his|her|their)\]? )?(?:[\w’']+\s+){0,3}(?:child(?:ren)?|son|daughter|mother|father|parents?|wife|husband|spouse|partner|family)\b|\bincapacitat\w+\s+(?:\w+\s+)?(?:parents?|mother|father|spouse|wife|husband|partner)\b|\bdeath (?:or incapacitation )?of (?:the )?(?:caregiver|mother of (?:his|her) (?:minor )?child(?:ren)?)\b/gi,
    ['“to take care of [her] incapacitated parents,”', 'her ability to care for Carr’s two minor children', 'he is the only available caregiver for his children', 'the death of the caregiver of his minor child'],
    ['medical care at the prison', 'he takes care of his cellmate']),
  // "sexually assaulted by a correctional officer"
  ground('abuse-in-custody', 'abuse_in_custody', ['abuse', 'assault'],
    /\b(?:sexual(?:ly)?|physical(?:ly)?)\s+(?:abuse|abused|assault|assaulted)\b[^.]{0,80}?\b(?:officer|guard|staff|custody|correctional|BOP|prison)\b/gi,
    ['she was sexually assaulted by a correctional officer while in custody'],
    ['a conviction for sexual abuse of a minor in 2004']),
  // "the First Step Act ended § 924(c) stacking", "if sentenced today he would not face the enhanced minimum"
  ground('unusually-long-sentence', 'unusually_long_sentence', ['stack', 'today', 'disparit', 'unusually long', 'would no longer'],
    /\bstack(?:ed|ing)\b|\bunusually long (?:sentence|term)\b|\bsentence is unusually long\b|\bsentenc\w+ disparit\w+|\bdisparit\w+ between\b|\bwould (?:not|no longer) (?:face|be subject to|receive|qualify for)\b|\bif (?:he|she) were sentenced today\b|\bsentenced today\b|\bwould (?:be|have been|receive) (?:significantly |substantially |much )?(?:shorter|lower|less)\b/gi,
    ['the stacked § 924(c) sentences', 'if he were sentenced today he would not face the enhanced 240-month mandatory minimum', 'a sentencing disparity between his case and others'],
    ['the sentences run consecutively by law']),
  // "extraordinary and compelling reasons, namely a change in law"
  ground('change-in-law', 'change_in_law', ['change', 'nonretroactive', 'intervening'],
    /\bchanges? in (?:the )?(?:sentencing )?law\b|\bnonretroactive changes?\b|\bintervening changes?\b/gi,
    (m, text) => !/\b(?:not|never|no|whether)\s+(?:\w+\s+){0,3}(?:a\s+)?$/i.test(text.slice(Math.max(0, m.index - 40), m.index)),
    ['extraordinary and compelling reasons, namely a change in law', 'nonretroactive changes in sentencing law'],
    ['a change of address', 'Defendant has not cited a change in sentencing law']),
  // "his rehabilitation while imprisoned"
  ground('rehabilitation', 'rehabilitation', ['rehabilitat'], /\brehabilitat\w+/gi,
    ['his substantial and commendable work towards rehabilitation while imprisoned'],
    ['the habitat of the owl']),
];
