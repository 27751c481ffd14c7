using System.Xml.Linq;
using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Parties;

namespace Ivr.PhoneSim.Execution.Verbs;

/// <summary>
/// &lt;Gather&gt;: plays its nested Say/Play/Pause, then collects keys until numDigits, finishOnKey (default #, excluded
/// from Digits) or <c>timeout</c> seconds (default 5) without a key. Digits go to <c>action</c> (default: this
/// document's URL); with no input the next verb runs, unless actionOnEmptyResult="true". Keys count from the end
/// of the prompts unless the party barges in (a key during the prompts stops them).
/// </summary>
public sealed class GatherVerb : IVerb
{
    private static readonly string[] Prompts = ["Say", "Play", "Pause"];

    public string Name => "Gather";

    public async Task<VerbOutcome> ExecuteAsync(XElement element, VerbContext context)
    {
        var prompts = element.Elements().Where(e => Prompts.Contains(e.Name.LocalName)).ToList();
        var heard = prompts.Select(p => p.Name.LocalName == "Say" ? p.Value.Trim() : p.Name.LocalName).ToList();
        var timeout = TimeSpan.FromSeconds(Math.Max(1, element.IntAttr("timeout", 5)));
        var numDigits = element.Attr("numDigits") is not null ? element.IntAttr("numDigits", 0) : (int?)null;
        var finishOnKey = element.Attr("finishOnKey") ?? "#";
        var index = context.Sim.Executor.NextGatherIndex(context.Call);
        var input = context.Call.Party.OnGather(context.Call, new GatherPrompt(index, heard, numDigits, finishOnKey, context.Document.Url));
        input = await PlayPromptsAsync(prompts, input, context);
        var (digits, finishedOnKey) = await CollectAsync(input, timeout, numDigits, finishOnKey, context);

        context.Sim.Notify(context.Call, PartyEventKind.Gathered, digits + finishedOnKey);
        if (digits.Length == 0 && !element.BoolAttr("actionOnEmptyResult", false))
        {
            return VerbOutcome.Continue;
        }
        var action = context.Resolve(element.Attr("action")) ?? context.Document.Url
            ?? throw new Webhooks.WebhookFailure(Webhooks.WebhookFailure.DocumentParseFailure, "<Gather> in inline TwiML needs an absolute action");
        var parameters = new Dictionary<string, string> { ["Digits"] = digits, ["FinishedOnKey"] = finishedOnKey };
        return VerbOutcome.Navigate(Instruction.Fetch(action, element.Attr("method"), parameters));
    }

    /// <summary>Plays the prompts; a barge-in key stops them. Returns the input with its first-key delay now counted from the end of the prompts.</summary>
    private static async Task<KeyInput?> PlayPromptsAsync(IReadOnlyList<XElement> prompts, KeyInput? input, VerbContext context)
    {
        if (input is not { BargeIn: true })
        {
            await PlayAsync(prompts, context);
            return input;
        }
        var started = context.Sim.Clock.GetUtcNow();
        using var prompting = CancellationTokenSource.CreateLinkedTokenSource(context.Token);
        var playing = PlayAsync(prompts, context with { Token = prompting.Token });
        var firstKey = context.DelayAsync(input.FirstKeyDelay);
        if (await Task.WhenAny(playing, firstKey) == firstKey)
        {
            await firstKey;
            await prompting.CancelAsync();
            try
            {
                await playing;
            }
            catch (OperationCanceledException) when (!context.Token.IsCancellationRequested)
            {
            }
            return input with { FirstKeyDelay = TimeSpan.Zero };
        }
        await playing;
        var remaining = input.FirstKeyDelay - (context.Sim.Clock.GetUtcNow() - started);
        return input with { FirstKeyDelay = remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero };
    }

    private static async Task PlayAsync(IReadOnlyList<XElement> prompts, VerbContext context)
    {
        foreach (var prompt in prompts)
        {
            await context.Sim.Executor.Verb(prompt.Name.LocalName).ExecuteAsync(prompt, context);
        }
    }

    private static async Task<(string Digits, string FinishedOnKey)> CollectAsync(KeyInput? input, TimeSpan timeout, int? numDigits, string finishOnKey, VerbContext context)
    {
        var digits = "";
        if (input is null)
        {
            await context.DelayAsync(timeout);
            return (digits, "");
        }
        var wait = input.FirstKeyDelay;
        foreach (var key in input.Keys)
        {
            if (wait >= timeout)
            {
                await context.DelayAsync(timeout);
                return (digits, "");
            }
            await context.DelayAsync(wait);
            if (finishOnKey.Length > 0 && key == finishOnKey[0])
            {
                return (digits, finishOnKey);
            }
            digits += key;
            if (numDigits is { } n && n > 0 && digits.Length >= n)
            {
                return (digits, "");
            }
            wait = input.BetweenKeys;
        }
        await context.DelayAsync(timeout);
        return (digits, "");
    }
}
