using System.ComponentModel.DataAnnotations;

namespace Ivr.Server.Wallboard;

/// <summary>The <c>Wallboard</c> section.</summary>
public sealed class WallboardOptions
{
    public const string Section = "Wallboard";

    /// <summary>How often connected wallboards get a new picture.</summary>
    [Range(typeof(TimeSpan), "00:00:00.2", "00:01:00")]
    public TimeSpan PushInterval { get; set; } = TimeSpan.FromSeconds(2);
}
