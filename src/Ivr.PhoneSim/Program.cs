Console.Error.WriteLine("Ivr.PhoneSim: modes demo, scenario and load are being built (phone simulator issue).");
return 2;
