namespace Ivr.Server.CallRecords.Demo;

/// <summary>Splits an exact total over weighted slots by the largest-remainder method, so the parts add up to the total.</summary>
public static class Apportion
{
    public static int[] Split(int total, IReadOnlyList<double> weights)
    {
        var sum = weights.Sum();
        var parts = new int[weights.Count];
        if (sum <= 0 || total <= 0)
        {
            return parts;
        }
        var remainders = new double[weights.Count];
        var assigned = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var exact = total * weights[i] / sum;
            parts[i] = (int)Math.Floor(exact);
            remainders[i] = exact - parts[i];
            assigned += parts[i];
        }
        foreach (var i in Enumerable.Range(0, parts.Length).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(total - assigned))
        {
            parts[i]++;
        }
        return parts;
    }
}
