namespace Ivr.PhoneSim.Parties;

/// <summary>What a party learns when a &lt;Record&gt; starts: the keys that would end it, its length limit, and the document it came from.</summary>
public sealed record RecordPrompt(string FinishOnKey, TimeSpan MaxLength, Uri? DocumentUrl);
