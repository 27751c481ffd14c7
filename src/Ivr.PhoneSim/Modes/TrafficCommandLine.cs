using Ivr.PhoneSim.Traffic;

namespace Ivr.PhoneSim.Modes;

/// <summary>
/// Traffic settings shared by load and demo: --key-plan "{language}*,{choice}", --counselor-key, --self-service-key,
/// --barge-in share, --counselors, --self-service share, --talk, --wrap-up and --patience (mean virtual seconds),
/// --decline and --no-answer shares, --counselor-level (1-5; default random 1-3), --rate (calls per virtual second),
/// --callback-share and --message-share (callers who ask for a callback or leave a message on hold; default 0),
/// --callback-key (2), --callback-confirm-key (1), --message-key (3), --message-length (mean virtual seconds).
/// </summary>
internal static class TrafficCommandLine
{
    public static TrafficOptions Apply(CommandLine command, TrafficOptions options)
    {
        options.KeyPlan = command.Text("key-plan", string.Join(',', options.KeyPlan)).Split(',', StringSplitOptions.TrimEntries);
        options.CounselorKey = command.Text("counselor-key", options.CounselorKey);
        options.SelfServiceKey = command.Text("self-service-key", options.SelfServiceKey);
        options.BargeInShare = command.Number("barge-in", options.BargeInShare);
        options.Counselors = (int)command.Number("counselors", options.Counselors);
        options.SelfServiceShare = command.Number("self-service", options.SelfServiceShare);
        options.MeanTalkSeconds = command.Number("talk", options.MeanTalkSeconds);
        options.MeanWrapUpSeconds = command.Number("wrap-up", options.MeanWrapUpSeconds);
        options.MeanPatienceSeconds = command.Number("patience", options.MeanPatienceSeconds);
        options.CounselorLevel = (int)command.Number("counselor-level", options.CounselorLevel);
        options.DeclineShare = command.Number("decline", options.DeclineShare);
        options.NoAnswerShare = command.Number("no-answer", options.NoAnswerShare);
        options.CallsPerSecond = command.Number("rate", options.CallsPerSecond);
        options.CallbackShare = command.Number("callback-share", options.CallbackShare);
        options.MessageShare = command.Number("message-share", options.MessageShare);
        options.CallbackKey = command.Text("callback-key", options.CallbackKey);
        options.CallbackConfirmKey = command.Text("callback-confirm-key", options.CallbackConfirmKey);
        options.MessageKey = command.Text("message-key", options.MessageKey);
        options.MeanMessageSeconds = command.Number("message-length", options.MeanMessageSeconds);
        return options;
    }
}
