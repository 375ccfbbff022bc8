import { describe, expect, it } from 'vitest';
import { bodyLines, textDiff } from './versions.js';

describe('version diffs', () => {
  it('puts each block of the body on its own line, entities decoded', () => {
    expect(
      bodyLines('<h2>一、时间</h2><p>工作日&nbsp;9:00</p><ul><li>甲</li><li>乙</li></ul><p>末行<br>续行</p>'),
    ).toBe('一、时间\n工作日 9:00\n甲\n乙\n末行\n续行');
  });

  it('diffs Chinese text character by character', () => {
    const parts = textDiff('办理时间：工作日。', '办理时间：工作日及周六。');
    expect(parts).toEqual([{ value: '办理时间：工作日' }, { value: '及周六', added: true }, { value: '。' }]);
    expect(textDiff('同', '同')).toEqual([{ value: '同' }]);
    expect(textDiff('', '新')).toEqual([{ value: '新', added: true }]);
  });
});
