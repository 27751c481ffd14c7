namespace Ivr.Acd.Model;

public enum CallbackState
{
    /// <summary>Out of line until <see cref="CallbackStatus.NotBefore"/> (a retry, or the next opening), then back at its place.</summary>
    Scheduled,

    /// <summary>In line at the caller's place.</summary>
    Waiting,

    /// <summary>A counselor is rung for it.</summary>
    Reserved,

    /// <summary>The counselor accepted; the number is being dialled.</summary>
    Dialling,

    /// <summary>The caller answered: an ordinary connected call under the callback's id from now on.</summary>
    Connected,
}
