using System.Buffers.Binary;

namespace Ivr.PhoneSim.Recordings;

/// <summary>
/// Stand-in media for a recording of a given length (the simulator hears no voice): a quiet 440 Hz tone as 8 kHz
/// mono 16-bit PCM WAV, or silent MPEG-1 Layer III frames (32 kbit/s, 32 kHz, mono) for ".mp3".
/// </summary>
public static class RecordingAudio
{
    private const int SampleRate = 8000;
    private const int Mp3BitRate = 32000;
    private const int Mp3SampleRate = 32000;
    private const int Mp3FrameBytes = 144 * Mp3BitRate / Mp3SampleRate;
    private const int Mp3FrameSamples = 1152;

    public static byte[] Wav(int seconds)
    {
        var samples = Math.Max(0, seconds) * SampleRate;
        var data = samples * 2;
        var bytes = new byte[44 + data];
        var span = bytes.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], 36 + data);
        "WAVEfmt "u8.CopyTo(span[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(span[20..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(span[22..], 1);
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], SampleRate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[32..], 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[34..], 16);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[40..], data);
        for (var i = 0; i < samples; i++)
        {
            var value = (short)(2000 * Math.Sin(2 * Math.PI * 440 * i / SampleRate));
            BinaryPrimitives.WriteInt16LittleEndian(span[(44 + 2 * i)..], value);
        }
        return bytes;
    }

    /// <summary>Header FF FB 18 C0 (MPEG-1 Layer III, no CRC, 32 kbit/s, 32 kHz, mono) and zero side information: each frame decodes to 36 ms of silence.</summary>
    public static byte[] Mp3(int seconds)
    {
        var frames = (int)Math.Ceiling(Math.Max(0, seconds) * (double)Mp3SampleRate / Mp3FrameSamples);
        var bytes = new byte[frames * Mp3FrameBytes];
        for (var frame = 0; frame < frames; frame++)
        {
            var offset = frame * Mp3FrameBytes;
            bytes[offset] = 0xFF;
            bytes[offset + 1] = 0xFB;
            bytes[offset + 2] = 0x18;
            bytes[offset + 3] = 0xC0;
        }
        return bytes;
    }
}
