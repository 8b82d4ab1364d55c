// A photo agency credited in brackets by its adjective alone, as AFP is (الفرنسية): the shipped
// gazetteer's EPA, الأوروبية, is a name only there; elsewhere it is the everyday adjective.
import { describe, expect, it } from 'vitest';
import { defaultEngine } from '@/lib/engine/default-data';

const engine = defaultEngine();
const orgs = (text: string): string[] =>
  engine
    .annotate(text)
    .entities.filter((m) => m.type === 'organization')
    .map((m) => `${m.text}:${m.english}`);

describe('الأوروبية in a credit', () => {
  const CASES: [text: string, expected: string[]][] = [
    ['متظاهرون أمام البرلمان ( الأوروبية )', ['الأوروبية:European Pressphoto Agency']],
    ['عمال في الميناء (الأوروبية - أرشيف)', ['الأوروبية:European Pressphoto Agency']],
    // must not match: the adjective outside brackets, with a clitic, or inside a longer name
    ['وقالت الدول الأوروبية إن الاتفاق صامد', []],
    ['وصل الوفد إلى العواصم الأوروبية أمس', []],
    ['( والأوروبية ) قالت إن', []],
    ['وأعلنت المفوضية الأوروبية أمس', ['المفوضية الأوروبية:European Commission']],
  ];
  it.each(CASES)('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });
});
