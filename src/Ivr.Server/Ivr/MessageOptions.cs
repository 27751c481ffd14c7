using System.ComponentModel.DataAnnotations;

namespace Ivr.Server.Ivr;

/// <summary>The <c>Ivr:Messages</c> section: the &lt;Record&gt; of a message a caller leaves.</summary>
public sealed class MessageOptions
{
    public const string Section = "Ivr:Messages";

    /// <summary>The longest message (Record's maxLength).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "00:10:00", ErrorMessage = "Ivr:Messages:MaxLength must be between 00:00:10 and 00:10:00.")]
    public TimeSpan MaxLength { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Silence that ends a message (Record's timeout).</summary>
    [Range(typeof(TimeSpan), "00:00:02", "00:01:00", ErrorMessage = "Ivr:Messages:SilenceTimeout must be between 00:00:02 and 00:01:00.")]
    public TimeSpan SilenceTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
