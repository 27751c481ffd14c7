namespace Ivr.Server.Prompts;

/// <summary>
/// Decodes an uploaded MP3 (NLayer) or Ogg Vorbis (NVorbis) recording to mono samples at its own rate, for
/// <see cref="TelephoneWave"/> to bring down to 8 kHz. The decoders read files from outside, so any failure of
/// theirs is a refusal with the reason, not an error.
/// </summary>
public static class CompressedAudio
{
    /// <summary>A prompt is seconds long; the cap keeps a decoded upload's memory bounded (3 min at 48 kHz: 69 MB).</summary>
    public static readonly TimeSpan MaxLength = TimeSpan.FromMinutes(3);

    public sealed record Decoded(double[] Mono, int Rate, string Source);

    public static bool IsCompressed(ReadOnlySpan<byte> file) => IsMp3(file) || file.StartsWith("OggS"u8);

    /// <returns>The mono samples (-1..1), or null with <paramref name="problem"/> saying why they cannot be read.</returns>
    public static Decoded? Decode(ReadOnlySpan<byte> file, out string problem)
    {
        var mp3 = IsMp3(file);
        var format = mp3 ? "MP3" : "Ogg Vorbis";
        try
        {
            using var stream = new MemoryStream(file.ToArray(), writable: false);
            var decoded = mp3 ? DecodeMp3(stream) : DecodeVorbis(stream);
            problem = decoded.Rate < TelephoneWave.Rate ? $"The {format} recording is sampled at {decoded.Rate} Hz; at least 8 kHz is needed."
                : decoded.Mono.Length == 0 ? $"The {format} file holds no audio that could be decoded; export the recording again or as PCM WAV."
                : decoded.Mono.Length > MaxLength.TotalSeconds * decoded.Rate ? $"Compressed recordings are accepted up to {MaxLength.TotalMinutes:0} minutes."
                : "";
            return problem.Length == 0 ? decoded with { Source = $"{format}, {decoded.Source}" } : null;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            problem = $"The {format} file could not be decoded ({exception.Message}); export the recording again or as PCM WAV.";
            return null;
        }
    }

    // An ID3 tag, or an MPEG audio frame's sync word (11 set bits) with layer III.
    private static bool IsMp3(ReadOnlySpan<byte> file) =>
        file.StartsWith("ID3"u8) || (file.Length > 1 && file[0] == 0xFF && (file[1] & 0xE6) == 0xE2);

    private static Decoded DecodeMp3(Stream stream)
    {
        using var mpeg = new NLayer.MpegFile(stream);
        CheckFormat(mpeg.SampleRate, mpeg.Channels);
        return MixDown(mpeg.ReadSamples, mpeg.SampleRate, mpeg.Channels);
    }

    private static Decoded DecodeVorbis(Stream stream)
    {
        using var vorbis = new NVorbis.VorbisReader(stream, closeOnDispose: false);
        CheckFormat(vorbis.SampleRate, vorbis.Channels);
        return MixDown(vorbis.ReadSamples, vorbis.SampleRate, vorbis.Channels);
    }

    /// <summary>The declared format, checked before any sample is decoded: the buffers are sized by it.</summary>
    private static void CheckFormat(int rate, int channels)
    {
        if (rate is < MinRate or > MaxRate || channels is < 1 or > 2)
        {
            throw new InvalidDataException($"{rate} Hz, {channels} channel(s) declared; 8000-48000 Hz and 1 or 2 channels are accepted");
        }
    }

    private const int MinRate = 8_000;

    private const int MaxRate = 48_000;

    /// <summary>Reads interleaved samples block by block, averaging the channels, stopping just past the length cap.</summary>
    private static Decoded MixDown(Func<float[], int, int, int> read, int rate, int channels)
    {
        var limit = (long)(MaxLength.TotalSeconds * rate) + 1;
        var mono = new List<double>();
        var block = new float[4096 * channels];
        int count;
        while (mono.Count <= limit && (count = read(block, 0, block.Length)) > 0)
        {
            for (var frame = 0; frame + channels <= count; frame += channels)
            {
                double sum = 0;
                for (var channel = 0; channel < channels; channel++)
                {
                    sum += block[frame + channel];
                }
                mono.Add(sum / channels);
            }
        }
        return new Decoded([.. mono], rate, $"{rate} Hz, {channels} channel(s)");
    }
}
