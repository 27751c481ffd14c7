using Ivr.PhoneSim.Traffic;

namespace Ivr.PhoneSim.Modes;

/// <summary>Traffic settings shared by load and demo: --key-plan "{language}*,{choice}", --counselor-key, --self-service-key, --barge-in share.</summary>
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
        options.MeanPatienceSeconds = command.Number("patience", options.MeanPatienceSeconds);
        options.CallsPerSecond = command.Number("rate", options.CallsPerSecond);
        return options;
    }
}
