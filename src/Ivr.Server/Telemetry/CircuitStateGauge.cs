using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Polly.Telemetry;

namespace Ivr.Server.Telemetry;

/// <summary>
/// <c>ivr.resilience.circuit.state</c> per resilience pipeline (the Twilio REST client's is <c>Twilio-twilio</c>):
/// 0 closed, 1 half-open, 2 open. Polly's meter counts the transitions; this keeps the state they lead to.
/// </summary>
public sealed class CircuitStateGauge : TelemetryListener
{
    private readonly ConcurrentDictionary<string, int> states = new(StringComparer.Ordinal);

    public CircuitStateGauge(IvrMetrics metrics) =>
        metrics.Meter.CreateObservableGauge("ivr.resilience.circuit.state",
            () => states.Select(state => new Measurement<int>(state.Value, new KeyValuePair<string, object?>("pipeline.name", state.Key))),
            "{state}", "A circuit breaker's state: 0 closed, 1 half-open, 2 open.");

    public override void Write<TResult, TArgs>(in TelemetryEventArguments<TResult, TArgs> args)
    {
        var state = args.Event.EventName switch
        {
            "OnCircuitClosed" => 0,
            "OnCircuitHalfOpened" => 1,
            "OnCircuitOpened" => 2,
            _ => -1,
        };
        if (state >= 0)
        {
            states[args.Source.PipelineName ?? "unnamed"] = state;
        }
    }
}
