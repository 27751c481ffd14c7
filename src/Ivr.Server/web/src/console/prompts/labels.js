import { addLabels } from '../../shared/i18n.js';

addLabels({
  'prompts.title': ['안내 음성', 'Voice prompts'],
  'prompts.cell': ['선택한 안내', 'Selected prompt'],
  'prompts.source': ['출처', 'Source'],
  'prompts.script': ['문구 (녹음 대본)', 'Text (recording script)'],
  'prompts.player': ['안내 음성 재생', 'Prompt player'],
  'prompts.file': ['녹음 파일 (WAV, 8 kHz 모노 권장)', 'Recording (WAV, 8 kHz mono recommended)'],
  'prompts.upload': ['이 칸에 올리기', 'Upload for this cell'],
  'prompts.uploaded': ['{key} ({language}) 녹음을 올렸습니다.', 'Recording for {key} ({language}) uploaded.'],
  'prompts.not-wave': ['WAV, MP3, Ogg Vorbis 파일만 올릴 수 있습니다.', 'Only WAV, MP3 or Ogg Vorbis files can be uploaded.'],
  'prompts.no-audio': ['오디오 없음: 통화에서는 음성 합성(TTS) 또는 대체 언어로 안내됩니다.', 'No audio: calls hear Twilio text-to-speech or the fallback language.'],
  'prompts.matrix': ['적용 현황 (안내 × 언어)', 'Coverage (prompt × language)'],
  'prompts.matrix-table': ['표: 안내별 언어별 출처', 'Table: source per prompt and language'],
  'prompts.key': ['안내', 'Prompt'],
  'prompts.cell-label': ['{key}, {language}: {source}', '{key}, {language}: {source}'],
  'source.recorded': ['녹음', 'Recorded'],
  'source.synthesized': ['합성 음성', 'Synthesized'],
  'source.tts': ['TTS 전용', 'TTS only'],
  'source.missing': ['없음', 'Missing'],
});
