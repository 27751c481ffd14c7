using System.Buffers.Binary;
using Ivr.Server.Prompts;

namespace Ivr.Server.Tests.Prompts;

public sealed class TelephoneWaveTests
{
    [Test]
    public void StudioRecording_44kStereo_BecomesEightKilohertzMono_KeepingLengthAndPitch()
    {
        var studio = Pcm16(rate: 44_100, channels: 2, seconds: 1.0, toneHz: 440);

        var telephone = TelephoneWave.Convert(studio, out _)!;

        Assert.That(telephone.Converted, Is.True);
        Assert.That(telephone.Source, Is.EqualTo("44100 Hz, 2 channel(s), 16-bit"));
        var wave = telephone.Wave;
        Assert.That((Rate(wave), Channels(wave), Bits(wave)), Is.EqualTo((8000, 1, 16)));
        var samples = Samples(wave);
        Assert.That(samples.Length, Is.EqualTo(8000).Within(1), "one second of audio stays one second");
        var crossings = samples.Zip(samples.Skip(1)).Count(pair => pair.First < 0 && pair.Second >= 0);
        Assert.That(crossings, Is.EqualTo(440).Within(2), "a 440 Hz tone stays 440 Hz");
        Assert.That(samples.Max(), Is.GreaterThan(10_000), "the tone's level is kept");
    }

    // A second of a 440 Hz tone, 44.1 kHz stereo, encoded by lame -b 64 (which resamples to 24 kHz) and oggenc -q 2.
    [TestCase("tone-440hz-1s.mp3", "MP3, 24000 Hz, 2 channel(s)")]
    [TestCase("tone-440hz-1s.ogg", "Ogg Vorbis, 44100 Hz, 2 channel(s)")]
    public void CompressedRecording_BecomesEightKilohertzMono_KeepingLengthAndPitch(string fixture, string source)
    {
        var file = File.ReadAllBytes(Path.Combine(TestContext.CurrentContext.TestDirectory, "Prompts", "Fixtures", fixture));

        var telephone = TelephoneWave.Convert(file, out var problem);

        Assert.That(telephone, Is.Not.Null, problem);
        Assert.That((telephone!.Converted, telephone.Source), Is.EqualTo((true, source)));
        var wave = telephone.Wave;
        Assert.That((Rate(wave), Channels(wave), Bits(wave)), Is.EqualTo((8000, 1, 16)));
        var samples = Samples(wave);
        Assert.That(samples.Length, Is.EqualTo(8000).Within(400), "one second, give or take the encoder's delay and padding");
        // Half a second from the middle: the encoders' near-silent delay and padding would add crossings of their own.
        var middle = samples[2000..6000];
        var crossings = middle.Zip(middle.Skip(1)).Count(pair => pair.First < 0 && pair.Second >= 0);
        Assert.That(crossings, Is.EqualTo(220).Within(2), "a 440 Hz tone stays 440 Hz");
        Assert.That(samples.Max(), Is.GreaterThan(10_000), "the tone's level is kept");
    }

    [TestCase(96_000)]
    [TestCase(4_000)]
    public void OggDeclaringARateOutside8To48Kilohertz_IsRefusedBeforeDecoding(int rate)
    {
        var ogg = File.ReadAllBytes(Path.Combine(TestContext.CurrentContext.TestDirectory, "Prompts", "Fixtures", "tone-440hz-1s.ogg"));
        // The identification header ("\x01vorbis", version, channels, rate) is on the first page; its CRC is recomputed.
        var header = ogg.AsSpan().IndexOf("\x01vorbis"u8);
        BitConverter.TryWriteBytes(ogg.AsSpan(header + 12, 4), rate);
        OggPage.FixChecksum(ogg, 0);

        var telephone = TelephoneWave.Convert(ogg, out var problem);

        Assert.That(telephone, Is.Null);
        Assert.That(problem, Does.Contain($"{rate} Hz"));
    }

    [TestCase("ID3 an mp3 file", "MP3")]
    [TestCase("OggS an ogg file", "Ogg Vorbis")]
    public void BrokenCompressedFiles_AreRefusedSayingWhy(string file, string format)
    {
        Assert.That(TelephoneWave.Convert(System.Text.Encoding.ASCII.GetBytes(file), out var problem), Is.Null);
        Assert.That(problem, Does.StartWith($"The {format} file").And.Contain("export the recording again"));
    }

    [Test]
    public void TelephoneRecordings_AreKeptAsTheyAre()
    {
        var pcm = Pcm16(rate: 8000, channels: 1, seconds: 0.1, toneHz: 300);

        var kept = TelephoneWave.Convert(pcm, out _)!;
        var mulaw = TelephoneWave.Convert(TestPrompts.Wave, out _)!;

        Assert.That((kept.Converted, kept.Wave), Is.EqualTo((false, pcm)));
        Assert.That((mulaw.Converted, mulaw.Wave), Is.EqualTo((false, TestPrompts.Wave)));
    }

    [TestCase("a text file", "RIFF/WAVE, MP3 or Ogg Vorbis")]
    [TestCase("float", "Only PCM WAV")]
    [TestCase("empty", "no audio")]
    public void UnreadableFiles_AreRefusedSayingWhy(string file, string because)
    {
        var bytes = file switch
        {
            "float" => WithFormat(Pcm16(rate: 48_000, channels: 1, seconds: 0.1, toneHz: 300), encoding: 3),
            "empty" => Pcm16(rate: 16_000, channels: 1, seconds: 0, toneHz: 300),
            _ => System.Text.Encoding.ASCII.GetBytes(file),
        };

        Assert.That(TelephoneWave.Convert(bytes, out var problem), Is.Null);
        Assert.That(problem, Does.Contain(because));
    }

    private static byte[] Pcm16(int rate, int channels, double seconds, double toneHz)
    {
        var frames = (int)(rate * seconds);
        var wave = new byte[44 + frames * channels * 2];
        "RIFF"u8.CopyTo(wave);
        BinaryPrimitives.WriteInt32LittleEndian(wave.AsSpan(4), wave.Length - 8);
        "WAVEfmt "u8.CopyTo(wave.AsSpan(8));
        BinaryPrimitives.WriteInt32LittleEndian(wave.AsSpan(16), 16);
        BinaryPrimitives.WriteInt16LittleEndian(wave.AsSpan(20), 1);
        BinaryPrimitives.WriteInt16LittleEndian(wave.AsSpan(22), (short)channels);
        BinaryPrimitives.WriteInt32LittleEndian(wave.AsSpan(24), rate);
        BinaryPrimitives.WriteInt32LittleEndian(wave.AsSpan(28), rate * channels * 2);
        BinaryPrimitives.WriteInt16LittleEndian(wave.AsSpan(32), (short)(channels * 2));
        BinaryPrimitives.WriteInt16LittleEndian(wave.AsSpan(34), 16);
        "data"u8.CopyTo(wave.AsSpan(36));
        BinaryPrimitives.WriteInt32LittleEndian(wave.AsSpan(40), frames * channels * 2);
        for (var frame = 0; frame < frames; frame++)
        {
            var value = (short)(Math.Sin(2 * Math.PI * toneHz * frame / rate) * 20_000);
            for (var channel = 0; channel < channels; channel++)
            {
                BinaryPrimitives.WriteInt16LittleEndian(wave.AsSpan(44 + (frame * channels + channel) * 2), value);
            }
        }
        return wave;
    }

    private static byte[] WithFormat(byte[] wave, short encoding)
    {
        BinaryPrimitives.WriteInt16LittleEndian(wave.AsSpan(20), encoding);
        return wave;
    }

    private static int Rate(byte[] wave) => BinaryPrimitives.ReadInt32LittleEndian(wave.AsSpan(24));

    private static int Channels(byte[] wave) => BinaryPrimitives.ReadInt16LittleEndian(wave.AsSpan(22));

    private static int Bits(byte[] wave) => BinaryPrimitives.ReadInt16LittleEndian(wave.AsSpan(34));

    private static short[] Samples(byte[] wave) =>
        [.. Enumerable.Range(0, (wave.Length - 44) / 2).Select(i => BinaryPrimitives.ReadInt16LittleEndian(wave.AsSpan(44 + i * 2)))];
}
