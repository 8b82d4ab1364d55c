// The engine's stages in their order, one page per call.
//
// Stages: gazetteer match (match.ts) → context for ambiguous forms (context.ts) → compositional
// bodies (compose.ts) and car makers in sentences about cars (car-makers.ts) → unknown names
// (unknown.ts) → overlaps (merge.ts) → lone guessed people kept only with evidence
// (person-evidence.ts) → the people of lists (people-lists.ts) → facilities named after people
// (facilities.ts) → coreference (coref.ts) → bodies whose names run on (joined-bodies.ts) →
// demonyms where no name is → offsets, romanization, English, ids.
import { findDates } from '../dates/find';
import { normalize } from '../text/normalize';
import { tokenTable, wordTokens } from '../text/tokens';
import { resolveAmbiguous, sportsLevel } from './context';
import { corefCandidates, repeatedNames } from './coref';
import { gazetteerMatches, withPlus } from './match';
import { merge } from './merge';
import { peopleInLists } from './people-lists';
import { personsWithEvidence } from './person-evidence';
import { pageEvidence } from './page-evidence';
import { cliticReadings } from './clitic-reading';
import { speakers } from './speakers';
import { spokesmen } from './spokesmen';
import { loneAli } from './lone-ali';
import { appositions } from './appositions';
import { facilitiesNamedAfterPeople } from './facilities';
import { placeFacilities } from './place-facilities';
import { bodyBuildings } from './body-buildings';
import { placeNeighbours } from './place-neighbours';
import { withoutPlainPlaces } from './plain-places';
import { acronyms } from './acronyms';
import { latinBodies } from './latin-bodies';
import { ballPlayers } from './ball-players';
import { datelines } from './datelines';
import { matchSides } from './match-sides';
import { hyphenatedNames } from './hyphenated-names';
import { besideMakers, carMakers } from './car-makers';
import { withoutProductModels } from './product-models';
import { joinedBodies } from './joined-bodies';
import { athletesBeforeCountry, fixtureClubs, nationalTeams, townClubs } from './sports';
import { storyClubs } from './story-clubs';
import { everydayClubs } from './everyday-clubs';
import { trimGenericNouns, withOrdinals } from './conventions';
import type { AnnotateOptions, Annotation, EngineData } from './types';
import { unknownCandidates } from './unknown';
import { givenNamesAsPeople, surnamesAfterGivenNames } from './person-extension';
import { TokenMap } from './token-map';
import { adjacentPersons } from './adjacent-persons';
import { byStart } from './order';
import { createRenderer } from './render';
import { makeDoc } from './doc';
import { foreignCompanies, withCompanyWords } from './foreign-companies';
import { executiveBodies } from './executive-bodies';
import { ordinalChannels } from './ordinal-channels';
import { channelNouns } from './channel-nouns';
import { covered, notFromGazetteer, unprefixed, untaken } from './candidate-lists';
import { createContext, holdPage, releasePage } from './engine-context';
import { createMatchChecks } from './checked-matches';
import { createGuessJoin } from './guess-join';

export function createAnnotator(data: EngineData): (text: string, opts?: AnnotateOptions) => Annotation {
  const ctx = createContext(data);
  const render = createRenderer(data);
  const { checkedMatches, gazetteerPeople } = createMatchChecks(ctx);
  const { withGuesses, knownIdentity } = createGuessJoin(ctx);
  const acronymLookups = { gazetteer: data.gazetteer, everydayAt: ctx.everydayAt, nounInsideAt: ctx.nounInsideAt };
  const { cues, composer, page, givenKey, pageWords, townWords, isNisba, isNisbaWord, everyday, isKnown } = ctx;
  const { byStartKey, plainMatchAt, givenAt, everydayAt, plainNotGiven, plainName, cueWord, firstName, sideTests } =
    ctx;

  function annotate(text: string, opts: AnnotateOptions = {}): Annotation {
    // One normal form of the page serves its tokens and its dates.
    const normal = normalize(text);
    const table = tokenTable(text, normal);
    const tokens = wordTokens(table);
    const doc = makeDoc(text, tokens, table);
    holdPage(page, doc);
    // No loop and no function made here: V8 compiles a function called once per page with a hot
    // loop for that loop alone (on-stack replacement), and that code, like that of a closure made
    // per page, is collected after the page; this function, with the stages inlined, took 100 ms
    // or more to compile for each page. The loops are in the stages and in the helpers below.

    // A one-word form that news mostly uses as a common word (إطار "framework", not Atar), or a
    // short name of a small town far from Arabic news (ليل, رالي), needs context.
    const level = sportsLevel(doc);
    const sports = level.strong;
    const matches = checkedMatches(
      doc,
      cliticReadings(doc, data.gazetteer, withPlus(doc, data.gazetteer, gazetteerMatches(doc, data.gazetteer, sports))),
    );
    const resolved = nationalTeams(
      doc,
      data.gazetteer,
      resolveAmbiguous(doc, data.gazetteer, trimGenericNouns(doc, matches, data.gazetteer), givenKey, level),
      sports,
    );
    const named = surnamesAfterGivenNames(
      doc,
      cues,
      givenNamesAsPeople(doc, cues, data.gazetteer, resolved),
      isNisba,
      firstName,
    );
    const people = storyClubs(
      doc,
      data.gazetteer,
      named,
      townClubs(doc, data.gazetteer, fixtureClubs(doc, data.gazetteer, named, sports, plainName), sports),
      sports,
    );
    const makers = carMakers(doc, everyday);
    const gaz = besideMakers(gazetteerPeople(doc, people), makers);
    page.plainAt = TokenMap.of(tokens.length, unprefixed(gaz), byStartKey);
    const bodies = composer.patterns(doc, plainMatchAt);
    const known = merge([...gaz, ...bodies, ...makers], undefined, tokens.length);
    page.knownAt = covered(known, tokens.length);
    const guessed = [
      ...notFromGazetteer(people),
      ...athletesBeforeCountry(doc, data.gazetteer, people, sports, plainName),
      ...speakers(doc, cues, isKnown),
      ...spokesmen(doc, cues, isKnown),
      ...loneAli(doc, cues, isKnown),
      ...appositions(doc, cues, isKnown, sports),
      ...acronyms(doc, isKnown, acronymLookups),
      ...latinBodies(doc, cues, isKnown, ctx.nounInsideAt),
      ...ordinalChannels(doc, isKnown),
      ...foreignCompanies(doc, everyday, cueWord, isKnown),
      ...executiveBodies(doc, everyday, cueWord, isKnown),
      ...datelines(doc, plainNotGiven, isKnown),
      ...matchSides(doc, sports, sideTests),
      ...ballPlayers(doc, sports, plainName, givenAt, isKnown),
    ];
    const names = peopleInLists(
      doc,
      cues,
      personsWithEvidence(
        doc,
        cues,
        withoutPlainPlaces(
          doc,
          knownIdentity(
            doc,
            withGuesses(doc, known, [...guessed, ...unknownCandidates(doc, data, cues, known, isNisbaWord)]),
            matches,
          ),
          matches,
          cues,
        ),
        isNisba,
      ),
      isNisba,
    );
    const facilities = facilitiesNamedAfterPeople(doc, adjacentPersons(doc, names), cues, isNisba);
    const corefs = corefCandidates(doc, facilities, cues);
    const coref = [...corefs, ...repeatedNames(doc, facilities, cues, ctx.placeOrBodyAt)];
    const merged = coref.length ? merge([...facilities, ...coref], undefined, tokens.length) : facilities;
    const joined = joinedBodies(doc, everydayClubs(doc, pageEvidence(doc, merged, pageWords), sports), cues, isNisba);
    const final = channelNouns(
      doc,
      withCompanyWords(
        doc,
        withoutProductModels(
          doc,
          withOrdinals(doc, hyphenatedNames(doc, joined, everydayAt, givenAt, isKnown)),
          everyday,
        ),
      ),
    );
    const all = placeNeighbours(
      doc,
      bodyBuildings(
        doc,
        placeFacilities(
          doc,
          byStart(final.concat(untaken(composer.demonyms(doc), covered(final, tokens.length)))),
          isNisba,
        ),
      ),
      townWords,
    );

    const entities = render(doc, all);
    const dates = findDates(text, opts.published ?? null, normal);
    // The page is not kept past its call.
    releasePage(page);
    return { entities, dates };
  }

  return annotate;
}
