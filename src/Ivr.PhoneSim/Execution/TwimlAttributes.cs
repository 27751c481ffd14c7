using System.Globalization;
using System.Xml.Linq;

namespace Ivr.PhoneSim.Execution;

public static class TwimlAttributes
{
    public static string? Attr(this XElement element, string name) => element.Attribute(name)?.Value;

    public static int IntAttr(this XElement element, string name, int fallback) =>
        int.TryParse(element.Attr(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    public static bool BoolAttr(this XElement element, string name, bool fallback) =>
        element.Attr(name) is { } text ? text.Equals("true", StringComparison.OrdinalIgnoreCase) : fallback;
}
