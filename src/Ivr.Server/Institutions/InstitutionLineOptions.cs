using System.ComponentModel.DataAnnotations;

namespace Ivr.Server.Institutions;

/// <summary>
/// The <c>Institutions</c> section: the inbound numbers of the institution line, where partner institutions call for an
/// interpreter now (docs/institutions.md), and the routing tag their calls carry.
/// </summary>
public sealed class InstitutionLineOptions
{
    public const string Section = "Institutions";

    /// <summary>The dialled numbers (E.164) that reach the institution line instead of the menu. Empty: no institution line.</summary>
    public List<string> LineNumbers { get; set; } = [];

    /// <summary>The tag the line's calls join the queue with: its priority class is in <c>Acd:PriorityTags</c>.</summary>
    [RegularExpression("^[a-z0-9-]{1,32}$", ErrorMessage = "Institutions:Tag must be 1-32 lower-case letters, digits or '-'.")]
    public string Tag { get; set; } = "interpretation";

    public bool Serves(string? dialled) => dialled is not null && LineNumbers.Contains(dialled);
}
