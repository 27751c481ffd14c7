using System.Buffers.Binary;

namespace Ivr.Server.Prompts;

/// <summary>
/// Turns an uploaded PCM WAV recording of any common rate, width and channel count, or an MP3 or Ogg Vorbis one
/// (<see cref="CompressedAudio"/>), into what a phone line carries: 8 kHz, mono, 16-bit PCM. Channels are mixed down; each output sample is the mean of the input samples it covers
/// (a box low-pass, so a 44.1 kHz studio recording does not alias into the telephone band). A recording already in
/// telephone form (8 kHz mono 16-bit PCM, or G.711 mu-law/A-law as Twilio plays it) is kept as it is.
/// </summary>
public static class TelephoneWave
{
    public const int Rate = 8000;

    public sealed record Result(byte[] Wave, string Source, bool Converted);

    /// <returns>The telephone-quality file, or null with <paramref name="problem"/> saying why it cannot be read.</returns>
    public static Result? Convert(ReadOnlySpan<byte> file, out string problem)
    {
        if (CompressedAudio.IsCompressed(file))
        {
            return CompressedAudio.Decode(file, out problem) is { } decoded
                ? new Result(Write(Resample(decoded.Mono, decoded.Rate)), decoded.Source, Converted: true)
                : null;
        }
        if (!TryReadPcm(file, out var format, out var data, out problem))
        {
            return null;
        }
        var source = $"{format.Rate} Hz, {format.Channels} channel(s), {format.Bits}-bit";
        if (format is { Rate: Rate, Channels: 1, Bits: 16 } or { Companded: true })
        {
            return new Result(file.ToArray(), source, Converted: false);
        }
        var mono = MixDown(data, format);
        return new Result(Write(Resample(mono, format.Rate)), source, Converted: true);
    }

    /// <param name="Companded">G.711 mu-law or A-law at 8 kHz mono: already what the phone carries.</param>
    private readonly record struct PcmFormat(int Channels, int Rate, int Bits, bool Companded = false);

    private static bool TryReadPcm(ReadOnlySpan<byte> file, out PcmFormat format, out ReadOnlySpan<byte> data, out string problem)
    {
        format = default;
        data = default;
        problem = "";
        if (file.Length < 12 || !file[..4].SequenceEqual("RIFF"u8) || !file.Slice(8, 4).SequenceEqual("WAVE"u8))
        {
            problem = "The body must be a RIFF/WAVE, MP3 or Ogg Vorbis file.";
            return false;
        }
        PcmFormat? found = null;
        for (var offset = 12; offset + 8 <= file.Length;)
        {
            var id = file.Slice(offset, 4);
            var size = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(file.Slice(offset + 4, 4)), (uint)(file.Length - offset - 8));
            var body = file.Slice(offset + 8, size);
            if (id.SequenceEqual("fmt "u8) && size >= 16)
            {
                var encoding = BinaryPrimitives.ReadUInt16LittleEndian(body);
                found = new PcmFormat(BinaryPrimitives.ReadUInt16LittleEndian(body[2..]), (int)BinaryPrimitives.ReadUInt32LittleEndian(body[4..]),
                    BinaryPrimitives.ReadUInt16LittleEndian(body[14..]));
                if (encoding is 6 or 7 && found.Value is { Rate: Rate, Channels: 1, Bits: 8 })
                {
                    found = found.Value with { Companded = true };
                }
                else if (encoding is not (1 or 0xFFFE) || found.Value.Bits is not (8 or 16 or 24) || found.Value.Channels is < 1 or > 8 ||
                    found.Value.Rate is < Rate or > 192_000)
                {
                    problem = "Only PCM WAV (8, 16 or 24 bits, 1-8 channels, 8-192 kHz) or 8 kHz mono G.711 is accepted; export the recording as such.";
                    return false;
                }
            }
            else if (id.SequenceEqual("data"u8) && found is { } pcm)
            {
                format = pcm;
                data = body;
                return data.Length > 0 || Fail(out problem, "The recording has no audio.");
            }
            offset += 8 + size + (size & 1);
        }
        return Fail(out problem, "The WAV file has no fmt chunk before its data.");
    }

    private static bool Fail(out string problem, string why)
    {
        problem = why;
        return false;
    }

    private static double[] MixDown(ReadOnlySpan<byte> data, PcmFormat format)
    {
        var bytes = format.Bits / 8;
        var frames = data.Length / (bytes * format.Channels);
        var mono = new double[frames];
        for (var frame = 0; frame < frames; frame++)
        {
            double sum = 0;
            for (var channel = 0; channel < format.Channels; channel++)
            {
                sum += Sample(data.Slice((frame * format.Channels + channel) * bytes, bytes));
            }
            mono[frame] = sum / format.Channels;
        }
        return mono;
    }

    /// <summary>One sample scaled to -1..1.</summary>
    private static double Sample(ReadOnlySpan<byte> sample) => sample.Length switch
    {
        1 => (sample[0] - 128) / 128.0, // 8-bit WAV is unsigned
        2 => BinaryPrimitives.ReadInt16LittleEndian(sample) / 32768.0,
        _ => ((sample[2] << 24) | (sample[1] << 16) | (sample[0] << 8)) / 2147483648.0,
    };

    private static short[] Resample(double[] mono, int rate)
    {
        var step = (double)rate / Rate;
        var output = new short[(int)(mono.Length / step)];
        for (var i = 0; i < output.Length; i++)
        {
            var from = (int)(i * step);
            var to = Math.Max(from + 1, Math.Min(mono.Length, (int)((i + 1) * step)));
            double sum = 0;
            for (var j = from; j < to; j++)
            {
                sum += mono[j];
            }
            output[i] = (short)Math.Clamp(Math.Round(sum / (to - from) * 32767), short.MinValue, short.MaxValue);
        }
        return output;
    }

    private static byte[] Write(short[] samples)
    {
        var wave = new byte[44 + samples.Length * 2];
        var span = wave.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)(wave.Length - 8));
        "WAVEfmt "u8.CopyTo(span[8..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(span[20..], 1);
        BinaryPrimitives.WriteUInt16LittleEndian(span[22..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(span[24..], Rate);
        BinaryPrimitives.WriteUInt32LittleEndian(span[28..], Rate * 2);
        BinaryPrimitives.WriteUInt16LittleEndian(span[32..], 2);
        BinaryPrimitives.WriteUInt16LittleEndian(span[34..], 16);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[40..], (uint)(samples.Length * 2));
        for (var i = 0; i < samples.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(span[(44 + i * 2)..], samples[i]);
        }
        return wave;
    }
}
