// Nouns that head a body's name for the rules alone (صندوق, مجمع, كلية): the tagger does not read
// them as cues, so a body is named only before a definite word, and a box of a car is no fund.
import { describe, expect, it } from 'vitest';
import { ruleSpanTexts } from './rule-spans';

describe('bodies headed by a noun the rules alone read', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['وقال إن عجز صندوق المقاصة سيتراوح', ['organization:صندوق المقاصة']],
    ['كما حذر صندوق الطبيعة العالمي من', ['organization:صندوق الطبيعة العالمي']],
    ['بمساهمة صندوق الإيداع والتدبير بنسبة', ['organization:صندوق الإيداع والتدبير']],
    ['وجائزة مجمع اللغة العربية عام 1946', ['organization:مجمع اللغة العربية']],
    ['وكان طالبا بكلية الحقوق ، وطبعه', ['organization:بكلية الحقوق']],
    ['وهو طالب في كلية الطب في القاهرة', ['organization:كلية الطب']],
    // must not match: a bare complement, an adjective, the definite noun alone, common nouns only
    ['وتلقى رسالة على صندوق بريد في', []],
    ['ويقيم في مجمع سكني جديد قرب', []],
    ['وافتتحت كلية جديدة في المدينة', []],
    ['وقال الصندوق في بيانه إن', []],
    ['وضع الحقيبة في صندوق السيارة قبل', []],
    ['وفرز الأصوات في صندوق الاقتراع', []],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(ruleSpanTexts(text)).toEqual(expected);
  });
});
