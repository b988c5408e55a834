using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace FinSentiment.Tests.Packaging;

/// <summary>
/// Packs the library into a private folder and builds the two samples (a net8.0 console app and a minimal ASP.NET Core app)
/// against that package by version, as a user would, then runs them on the seed article. Filter with
/// <c>--filter Category!=Consumer</c> to skip (it takes one to three minutes).
/// </summary>
[Trait("Category", "Consumer")]
public sealed class ConsumerTests : IDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(5);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "finsentiment-consumer-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string _version = "0.1.0-consumer." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

    public ConsumerTests() => Directory.CreateDirectory(_root);

    private static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "FinSentiment.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("FinSentiment.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public void Dispose()
    {
        TryDelete(_root);
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        TryDelete(Path.Combine(packages, "finsentiment", _version));
    }

    [Fact]
    public async Task The_packed_library_works_in_a_net8_console_app_and_a_minimal_aspnetcore_app()
    {
        var feed = Path.Combine(_root, "feed");
        var seed = Path.Combine(RepoRoot, "seeds", "000_58a72a0c258b5ae7.txt");

        // Pack, with build outputs outside the repository so the running test build is untouched.
        Run(RepoRoot, "pack", Path.Combine(RepoRoot, "src", "FinSentiment", "FinSentiment.csproj"), "-c", "Release", "-o", feed,
            "--artifacts-path", Path.Combine(_root, "artifacts"), $"-p:Version={_version}");
        var nupkg = Path.Combine(feed, $"FinSentiment.{_version}.nupkg");
        Assert.True(File.Exists(nupkg), "no " + nupkg);
        Assert.True(File.Exists(Path.ChangeExtension(nupkg, ".snupkg")), "no symbols package");
        AssertPackageContents(nupkg);

        // The samples, copied out of the repository, with a nuget.config that adds the private feed to the machine's sources.
        var apps = Path.Combine(_root, "apps");
        CopyDirectory(Path.Combine(RepoRoot, "samples"), apps);
        File.WriteAllText(Path.Combine(apps, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="finsentiment-consumer-test" value="{feed}" />
              </packageSources>
            </configuration>
            """);

        var console = Path.Combine(apps, "ConsoleApp");
        Run(console, "build", "-c", "Release", $"-p:FinSentimentVersion={_version}");
        var output = Run(console, Path.Combine(console, "bin", "Release", "net8.0", "ConsoleApp.dll"), seed);
        Assert.Matches(@"(?m)^MSFT negative -0\.\d+ (Somewhat-)?Bearish\r?$", output);
        Assert.Contains("\"ticker\":\"MSFT\"", output, StringComparison.Ordinal);
        Assert.Contains("target Microsoft found", output, StringComparison.Ordinal); // SentimentTarget's constructors compile in C# 12
        Assert.Contains("target Microsoft Corporation found", output, StringComparison.Ordinal);

        var web = Path.Combine(apps, "WebApi");
        Run(web, "build", "-c", "Release", $"-p:FinSentimentVersion={_version}");
        await RunWebApp(Path.Combine(web, "bin", "Release", "net10.0"), await File.ReadAllTextAsync(seed));
    }

    private static async Task RunWebApp(string directory, string seed)
    {
        var port = FreePort();
        var start = StartInfo(directory, Path.Combine(directory, "WebApi.dll"), "--urls", $"http://127.0.0.1:{port}");
        using var process = Process.Start(start)!;
        var log = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (true)
            {
                Assert.False(process.HasExited, "the web app exited: " + log);
                try
                {
                    if ((await http.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                    {
                        break;
                    }
                }
                catch (HttpRequestException)
                {
                }

                Assert.True(DateTime.UtcNow < deadline, "the web app did not answer within 60 s: " + log);
                await Task.Delay(250);
            }

            using var response = await http.PostAsync(new Uri("/sentiment", UriKind.Relative), new StringContent(seed, Encoding.UTF8, "text/plain"));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, body);
            using var json = JsonDocument.Parse(body);
            Assert.Equal("negative", json.RootElement.GetProperty("polarity").GetString(), ignoreCase: true);
            var msft = json.RootElement.GetProperty("tickers").EnumerateArray().First(static t => t.GetProperty("symbol").GetString() == "MSFT");
            Assert.Equal("negative", msft.GetProperty("polarity").GetString(), ignoreCase: true);

            using var alpha = await http.PostAsync(new Uri("/sentiment?format=alphavantage", UriKind.Relative), new StringContent(seed));
            using var alphaJson = JsonDocument.Parse(await alpha.Content.ReadAsStringAsync());
            Assert.EndsWith("Bearish", alphaJson.RootElement.GetProperty("overall_sentiment_label").GetString(), StringComparison.Ordinal);

            using var news = await http.PostAsync(new Uri("/sentiment/news", UriKind.Relative), new StringContent(seed));
            using var newsJson = JsonDocument.Parse(await news.Content.ReadAsStringAsync());
            Assert.EndsWith("Bearish", newsJson.RootElement.GetProperty("label").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit(10_000);
        }

        lock (log)
        {
            Assert.Contains("ready: label scale", log.ToString(), StringComparison.Ordinal);
        }
    }

    private static void AssertPackageContents(string nupkg)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        var names = zip.Entries.Select(static e => e.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (var tfm in new[] { "net8.0", "net10.0" })
        {
            Assert.Contains($"lib/{tfm}/FinSentiment.dll", names);
            Assert.Contains($"lib/{tfm}/FinSentiment.xml", names);
        }

        Assert.Contains("README.md", names);
        using var reader = new StreamReader(zip.Entries.Single(static e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var nuspec = reader.ReadToEnd();
        Assert.Contains("<license type=\"expression\">MIT</license>", nuspec, StringComparison.Ordinal);
        Assert.Contains("<readme>README.md</readme>", nuspec, StringComparison.Ordinal);
        Assert.Contains("<repository type=\"git\"", nuspec, StringComparison.Ordinal);
    }

    private static string Run(string directory, params string[] args)
    {
        using var process = Process.Start(StartInfo(directory, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(CommandTimeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet {string.Join(' ', args)} timed out");
        }

        var output = stdout.Result;
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', args)} exited {process.ExitCode}:\n{output}\n{stderr.Result}");
        return output;
    }

    private static ProcessStartInfo StartInfo(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The test runs inside `dotnet test`, whose MSBuild variables would leak into the nested builds.
        foreach (var name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || name.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_ROLL_FORWARD"] = "Major";
        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void CopyDirectory(string source, string destination)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(static part => part is "bin" or "obj"))
            {
                continue;
            }

            var target = Path.Combine(destination, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
