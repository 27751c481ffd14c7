using System.Globalization;
using System.Text.RegularExpressions;
using Ivr.Server.Hours;
using Ivr.Server.Tests.Infrastructure;

namespace Ivr.Server.Tests.Hosting;

/// <summary>
/// The wall screen on a kiosk with only the CJK fonts: every character of the native names in the six scripts those
/// fonts lack has a glyph in the font <c>app.css</c> serves for its range (a missing one would draw a box).
/// </summary>
public sealed partial class BundledFontTests
{
    private static readonly string[] Scripts = ["bn", "km", "my", "ne", "si", "th"];

    private sealed record Face(string Family, string File, IReadOnlyList<(int First, int Last)> Ranges)
    {
        public bool Covers(int codePoint) => Ranges.Any(range => codePoint >= range.First && codePoint <= range.Last);
    }

    [Test]
    public void NativeNames_InTheScriptsKiosksLack_HaveAGlyphInTheFontServedForThem()
    {
        var faces = Faces();
        Assert.That(faces, Has.Count.EqualTo(6));
        var cmaps = faces.ToDictionary(face => face, face => Woff2Cmap.Read(File.ReadAllBytes(face.File)));
        foreach (var language in DefaultLanguages.All.Where(language => Scripts.Contains(language.Code)))
        {
            foreach (var rune in language.NativeName.EnumerateRunes().Where(rune => rune.Value != ' '))
            {
                var face = faces.FirstOrDefault(face => face.Covers(rune.Value));
                Assert.That(face, Is.Not.Null, $"{language.Code} {language.NativeName}: no bundled font for U+{rune.Value:X4}");
                Assert.That(cmaps[face!].HasGlyph(rune.Value), Is.True, $"{language.Code}: {face.Family} has no glyph for U+{rune.Value:X4}");
            }
        }
    }

    [Test]
    public void Woff2Cmap_ReadsTheThaiSubset_GlyphsOnlyForItsRange()
    {
        var thai = Woff2Cmap.Read(File.ReadAllBytes(Faces().Single(face => face.Family == "Ivr Noto Thai").File));

        Assert.That(thai.HasGlyph(0x0E20), Is.True, "ภ");
        Assert.That(thai.HasGlyph(0x0995), Is.False, "a Bengali letter is not in the Thai subset");
        Assert.That(thai.HasGlyph('A'), Is.False, "nor Latin: the page's own fonts draw it");
    }

    private static List<Face> Faces()
    {
        var root = RepositoryFolder.Root;
        var css = File.ReadAllText(Path.Combine(root, "src/Ivr.Server/wwwroot/css/app.css"));
        return [.. FontFace().Matches(css).Select(match => new Face(
            match.Groups["family"].Value,
            Path.Combine(root, "src/Ivr.Server/wwwroot", match.Groups["url"].Value.TrimStart('/')),
            [.. match.Groups["ranges"].Value.Split(',', StringSplitOptions.TrimEntries).Select(Range)]))];
    }

    private static (int, int) Range(string range)
    {
        var bounds = range["U+".Length..].Split('-');
        var first = int.Parse(bounds[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return (first, bounds.Length > 1 ? int.Parse(bounds[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture) : first);
    }

    [GeneratedRegex("""@font-face \{ font-family: "(?<family>[^"]+)"; src: url\("(?<url>[^"]+)"\) format\("woff2"\); unicode-range: (?<ranges>[^;]+);""")]
    private static partial Regex FontFace();
}
