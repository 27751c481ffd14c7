using System.ComponentModel.DataAnnotations;

namespace Ivr.Server.LivePages;

/// <summary>The <c>LivePages</c> section: the console pages that are pushed a new picture (wallboard, staffing).</summary>
public sealed class LivePagesOptions
{
    public const string Section = "LivePages";

    /// <summary>How often connected pages get a new picture.</summary>
    [Range(typeof(TimeSpan), "00:00:00.2", "00:01:00")]
    public TimeSpan PushInterval { get; set; } = TimeSpan.FromSeconds(2);
}
