using FinSentiment.Cli;
using FinSentiment.Cli.CommandLine;

return CliApplication.Run(args, Console.OpenStandardInput(), StandardOutputStream.OpenProcessOutput(), Console.Error);
