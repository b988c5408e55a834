using FinSentiment.Cli;

return CliApplication.Run(args, Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Error);
