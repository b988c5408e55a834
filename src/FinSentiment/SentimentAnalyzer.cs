using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using FinSentiment.Internal;
using FinSentiment.Scoring;
using FinSentiment.Tickers;
using FinSentiment.Tokenization;

namespace FinSentiment;

/// <summary>
/// The default <see cref="ISentimentAnalyzer"/>: tokenizes a text, scores each sentence with an <see cref="ISentimentScorer"/>,
/// finds companies with an <see cref="ITickerResolver"/>, and aggregates sentence, clause and company scores.
/// </summary>
/// <remarks>
/// <para>An analyzer is immutable and thread-safe: create it once (or register it with
/// <see cref="FinSentimentServiceCollectionExtensions.AddFinSentiment(Microsoft.Extensions.DependencyInjection.IServiceCollection)"/>) and share it.</para>
/// <para>The document score is the weighted mean of the sentence scores, where sentences without any sentiment count with
/// <see cref="FinSentimentOptions.UnopinionatedSentenceWeight"/>, title sentences with <see cref="FinSentimentOptions.TitleWeight"/>
/// and the lead sentence with <see cref="FinSentimentOptions.LeadWeight"/>. A company's score is the same mean over the sentences
/// that mention it; in a sentence that mentions several companies, each phrase counts for the company mentioned nearest
/// before it (or, failing that, the first one after it). When the text names only one company, the sentences that do not
/// name it count too, at half weight.</para>
/// </remarks>
public sealed class SentimentAnalyzer : ISentimentAnalyzer
{
    private const double SingleCompanyContextWeight = 0.5;

    private const int MaxTextForOtherNames = 400;
    private const int MaxOtherNames = 8;
    private const int MaxUnknownCashtags = 64;
    private const int MaxSentencesForOtherNames = 3;

    // Capitalised words that open a sentence without naming anything.
    private static readonly WordSet NotNames = new(
        "The", "A", "An", "In", "On", "At", "For", "To", "Of", "And", "But", "As", "With", "From", "By", "It", "This", "That",
        "These", "Those", "Why", "How", "What", "When", "Where", "Who", "Will", "Can", "Should", "Is", "Are", "Do", "Does",
        "Here", "There", "Top", "Stocks", "Shares", "Markets", "Market", "Investors", "Analysts", "Experts", "Brokers",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December", "Q1", "Q2", "Q3", "Q4",
        "Jan", "Jan.", "Feb", "Feb.", "Mar.", "Apr", "Apr.", "Jun.", "Jul.", "Aug", "Aug.", "Sep", "Sep.", "Sept", "Sept.", "Oct",
        "Oct.", "Nov", "Nov.", "Dec", "Dec.", // "the five weeks ended Jan. 5": a month, not a person named Jan
        "AI", "EV", "EVs", "US", "U.S.", "UK", "U.K.", "EU", "GDP", "CEO", "CFO", "IPO", "ETF", "ETFs", "Wall", "Street",
        "Regulators", "Shareholders", "Prosecutors", "Federal", "Government", "Congress", "Senate", "Along", "Despite", "After",
        "Before", "Unlike", "Like", "Amid", "Following", "Including", "Besides", "Meanwhile", "Separately", "Also", "However",
        "Still", "Yet", "Now", "Today", "Earlier", "Later", "Last", "Next", "During", "Since", "While", "Although", "Though",
        "Its", "Their", "They", "He", "She", "His", "Her", "We", "Our",
        "Christmas", "Easter", "Diwali", "Thanksgiving",
        // People in their roles and kinds of company, which the lexicon need not know ("Auditors found losses at Boeing.",
        // "Lawmakers grilled…"): a capital for the sentence.
        "Auditors", "Inspectors", "Investigators", "Lawmakers", "Legislators", "Senators", "Officials", "Authorities", "Economists",
        "Strategists", "Traders", "Dealers", "Bankers", "Executives", "Directors", "Managers", "Employees", "Workers", "Unions",
        "Customers", "Consumers", "Shoppers", "Users", "Critics", "Lenders", "Creditors", "Bondholders", "Borrowers", "Sources",
        "Observers", "Researchers", "Scientists", "Doctors", "Patients", "Judges", "Lawyers", "Attorneys", "Plaintiffs", "Voters",
        "Farmers", "Pilots", "Engineers", "Suppliers", "Rivals", "Competitors", "Peers", "Bidders", "Buyers", "Sellers", "Insurers",
        "Banks", "Companies", "Firms", "Retailers", "Airlines", "Automakers", "Carmakers", "Chipmakers", "Miners", "Producers",
        "Refiners", "Utilities", "Landlords", "Homebuilders", "Manufacturers", "Exporters", "Importers", "Activists", "Watchdogs");

    // A headline reports one thing about the company it names, so a mild word there says more about that company than the same
    // word in a sentence of prose: entity scores in a headline are read at 2.3 times the strength (tanh(2.3 · atanh(score))).
    private const double HeadlineEntityGain = 2.3;

    // A text of several sentences is scored as the weighted mean of its sentences, and its sentences of background and of other
    // news pull that mean toward zero: its overall score is read at 1.25 times the strength (tanh(1.25 · atanh(score)), about
    // 1.25 times a mild score and less for a strong one). Company scores come from their own sentences and clauses, which such
    // background does not dilute, and are not scaled. Measured on labelled articles and leads of two sentences or more.
    private const double ProseGain = 1.25;

    /// <summary>The fewest sentences of a text whose overall score is read at <see cref="ProseGain"/>.</summary>
    private const int MinProseSentences = 2;

    /// <summary>The fewest characters of the sentences of a text whose overall score is read at <see cref="ProseGain"/> (a post or a short lead is not).</summary>
    private const int MinProseLength = 300;

    // A company named as the thing bought ("Globex to buy Acme") has demand and a premium behind it: that counts in the
    // sentence's sum for it as a mild good phrase would (about +0.18 in the lexicon's terms), unless the sentence is bad news.
    private const double PurchaseWeight = 0.18;

    // A sentence that leans one way, even mildly, and a company's own clauses in it that are news the other ("Markets rallied,
    // while Intel fell"; "The economy grew strongly, while Intel's profit slumped", whose halves nearly cancel): see
    // OpposesSentence.
    private const double OpposingSentenceScore = 0.05;
    private const double OpposingOwnScore = 0.1;

    /// <summary>Below this a score is not good news (the neutral band's edge): a stake sale in a sentence of mild words ("a block deal") still counts.</summary>
    private const double NotGoodNews = 0.15;

    /// <summary>The weight a sentence keeps when the next one opens against it ("However, ...").</summary>
    private const double ConcededSentenceWeight = 0.5;

    /// <summary>The weight of a sentence after the lead that tells the stock's move ("Shares dropped 9%."): the market's verdict.</summary>
    private const double VerdictWeight = 4.0;

    /// <summary>The weight of a sentence that opens against the one before, times its own.</summary>
    private const double MainSentenceWeight = 1.5;

    private static readonly WordSet SentenceContrasts = new("However", "Nevertheless", "Nonetheless", "But", "Yet");

    private readonly ITokenizer _tokenizer;
    private readonly ISentimentScorer _scorer;
    private readonly ITickerResolver _resolver;

    /// <summary>The built-in scorer's and resolver's words in one table, when both parts are built in (else null).</summary>
    private readonly WordTable? _words;

    /// <summary>The scorer when it is the built-in one, whose drafts the attribution rules read more of.</summary>
    private readonly LexiconScorer? _lexiconScorer;
    private readonly LabelScale _scale;
    private readonly double _titleWeight;
    private readonly double _leadWeight;
    private readonly double _unopinionatedWeight;
    private readonly double _offTopicWeight;
    private readonly int _maxTextLength;
    private readonly int _maxEvidence;
    private readonly int _maxDegreeOfParallelism;

    /// <summary>Creates an analyzer from its parts with default options.</summary>
    /// <param name="tokenizer">The tokenizer.</param>
    /// <param name="scorer">The sentence scorer.</param>
    /// <param name="resolver">The ticker resolver.</param>
    /// <exception cref="ArgumentNullException">A part is null.</exception>
    public SentimentAnalyzer(ITokenizer tokenizer, ISentimentScorer scorer, ITickerResolver resolver)
        : this(tokenizer, scorer, resolver, new FinSentimentOptions())
    {
    }

    /// <summary>Creates an analyzer from its parts.</summary>
    /// <param name="tokenizer">The tokenizer.</param>
    /// <param name="scorer">The sentence scorer.</param>
    /// <param name="resolver">The ticker resolver.</param>
    /// <param name="options">The options; read once. Lexicon and directory files in them are neither read nor checked here: the
    /// parts are given (see <see cref="Create(FinSentimentOptions)"/> to build them from the options).</param>
    /// <exception cref="ArgumentNullException">A part or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">A setting is invalid; the message lists every problem, separated by "; ".</exception>
    public SentimentAnalyzer(ITokenizer tokenizer, ISentimentScorer scorer, ITickerResolver resolver, FinSentimentOptions options)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(options);
        ThrowIfInvalid(options);

        _tokenizer = tokenizer;
        _scorer = scorer;
        _resolver = resolver;
        _lexiconScorer = scorer as LexiconScorer;
        if (scorer is LexiconScorer lexiconScorer && resolver is TickerResolver tickerResolver)
        {
            _words = WordTable.For(lexiconScorer.Lexicon, tickerResolver.Directory.Names, tickerResolver.Directory.Descriptors);
        }

        _scale = options.GetEffectiveLabelScale();
        _titleWeight = options.TitleWeight;
        _leadWeight = options.LeadWeight;
        _unopinionatedWeight = options.UnopinionatedSentenceWeight;
        _offTopicWeight = options.OffTopicWeight;
        _maxTextLength = options.MaxTextLength;
        _maxEvidence = options.MaxEvidence;
        _maxDegreeOfParallelism = options.MaxDegreeOfParallelism;
    }

    /// <summary>Gets the label scale in use.</summary>
    public LabelScale LabelScale => _scale;

    /// <summary>Creates an analyzer with the built-in tokenizer, lexicon and ticker directory.</summary>
    /// <returns>The analyzer.</returns>
    public static SentimentAnalyzer CreateDefault() =>
        new(FinancialTokenizer.Instance, LexiconScorer.Default, TickerResolver.Default);

    /// <summary>
    /// Creates an analyzer with the built-in parts, loading the lexicon and directory files named in <paramref name="options"/>
    /// (each file is read once; relative paths resolve against the current directory).
    /// </summary>
    /// <param name="options">The options.</param>
    /// <returns>The analyzer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">A setting is invalid (including an empty file path); the message lists every problem,
    /// separated by "; ". Settings are checked before any file is read.</exception>
    /// <exception cref="FileNotFoundException">A lexicon or directory file does not exist; the message names its full path.</exception>
    /// <exception cref="DataFormatException">A lexicon or directory file is malformed, or its path is a directory; the message
    /// names the file's full path, the line and the reason (<c>path(line): reason</c>).</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be read.</exception>
    public static SentimentAnalyzer Create(FinSentimentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ThrowIfInvalid(options);
        var parts = FinSentimentParts.Build(options);
        return new SentimentAnalyzer(parts.Tokenizer, parts.Scorer, parts.Resolver, options);
    }

    private static void ThrowIfInvalid(FinSentimentOptions options)
    {
        var errors = options.ValidateSettings();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid FinSentiment options: " + string.Join("; ", errors), nameof(options));
        }
    }

    /// <inheritdoc/>
    public SentimentResult Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return AnalyzeCore(text, 0, null);
    }

    /// <inheritdoc/>
    public SentimentResult Analyze(NewsArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return AnalyzeCore(article.Text, article.Body.Length == 0 ? article.Text.Length : article.TitleLength, null);
    }

    /// <inheritdoc/>
    public SentimentResult Analyze(string text, IReadOnlyList<SentimentTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(text);
        ThrowIfNullTarget(targets);
        return AnalyzeCore(text, 0, targets);
    }

    /// <inheritdoc/>
    public SentimentResult Analyze(NewsArticle article, IReadOnlyList<SentimentTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(article);
        ThrowIfNullTarget(targets);
        return AnalyzeCore(article.Text, article.Body.Length == 0 ? article.Text.Length : article.TitleLength, targets);
    }

    /// <inheritdoc/>
    public IReadOnlyList<SentimentResult> AnalyzeBatch(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return RunBatch(
            texts.Count, i => texts[i]?.Length ?? 0, i => Analyze(texts[i] ?? throw new ArgumentNullException(nameof(texts), $"Item {i} is null.")), cancellationToken);
    }

    /// <inheritdoc/>
    public IReadOnlyList<SentimentResult> AnalyzeBatch(IReadOnlyList<NewsArticle> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return RunBatch(
            articles.Count,
            i => articles[i]?.Text.Length ?? 0,
            i => Analyze(articles[i] ?? throw new ArgumentNullException(nameof(articles), $"Item {i} is null.")),
            cancellationToken);
    }

    /// <summary>Throws when the list or one of its targets is null, before any work (an empty text would otherwise not look at them).</summary>
    private static void ThrowIfNullTarget(IReadOnlyList<SentimentTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        for (var i = 0; i < targets.Count; i++)
        {
            if (targets[i] is null)
            {
                throw new ArgumentNullException(nameof(targets), $"Target {i} is null.");
            }
        }
    }

    /// <summary>
    /// Analyses every item on up to <see cref="FinSentimentOptions.MaxDegreeOfParallelism"/> threads, the longest first and one
    /// at a time, so that no thread is left with a long article while the others have finished; results keep the input order.
    /// </summary>
    private SentimentResult[] RunBatch(int count, Func<int, int> length, Func<int, SentimentResult> analyze, CancellationToken cancellationToken)
    {
        var results = new SentimentResult[count];
        var order = new int[count];
        var longestFirst = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
            longestFirst[i] = -length(i);
        }

        Array.Sort(longestFirst, order);
        var options = new ParallelOptions { MaxDegreeOfParallelism = _maxDegreeOfParallelism, CancellationToken = cancellationToken };
        try
        {
            Parallel.ForEach(Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering), options, i => results[i] = analyze(i));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            // The documented exception, as Analyze throws it: the first one; others thrown at the same time by other threads
            // are dropped (a batch stops at its first failure).
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }

        return results;
    }

    private SentimentResult AnalyzeCore(string text, int titleLength, IReadOnlyList<SentimentTarget>? targets)
    {
        if (text.Length > _maxTextLength)
        {
            throw new ArgumentException(
                $"The text has {text.Length} characters, more than the configured maximum of {_maxTextLength} (FinSentimentOptions.MaxTextLength).",
                nameof(text));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Neutral(targets);
        }

        text = MisdecodedText.WithoutStrayLeads(text); // "Â£6m" read as "£6m", at the same offsets
        var document = Workspace.Take();
        try
        {
            var tokenCount = Tokenize(text, ref document.TokenBuffer(Math.Max(64, (text.Length / 4) + 16)));
            var tokens = document.Tokens.AsSpan(0, tokenCount);
            var wordIds = Span<int>.Empty;
            var firstNameNodes = Span<int>.Empty;
            if (_words is not null)
            {
                document.WordLookups(tokenCount, out wordIds, out firstNameNodes, out var ruleWords);
                LookUpWords(_words, text, tokens, wordIds, firstNameNodes, ruleWords);
            }

            // Companies first: the words of their names are no opinion for the scorer.
            var mentions = document.Mentions;
            if (_words is not null)
            {
                ((TickerResolver)_resolver).Resolve(text, tokens, firstNameNodes, document.RuleWordsOfTokens, mentions);
            }
            else
            {
                _resolver.Resolve(text, tokens, mentions);
            }

            mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            var targetSpans = targets is null ? null : FindTargets(text, tokens, targets, mentions);
            ScoreSentences(text, tokens, wordIds, titleLength, document.NameSpans(text, targetSpans), document);

            // Entities: the companies (mentions grouped by symbol, in order of first mention), then the caller's targets that were found.
            var tickerEntities = GroupMentions(document);
            if (targetSpans is not null)
            {
                foreach (var spans in targetSpans)
                {
                    if (spans is not null)
                    {
                        document.AddEntity(spans);
                    }
                }
            }

            if (document.EntityCount == 0)
            {
                WeighOffTopic(text, tokens, wordIds, document);
            }

            var namedEntities = document.EntityCount;
            var headline = IsHeadline(text, tokens, document);

            // "…, net-net I'd call it a wash", "net neutral for me": the writer's own verdict that the news balances out tempers
            // every score of the text. So does the market's at the end of a headline of mixed news ("Netflix subscriber growth
            // slows but price increases widen margins; shares little changed"); "Acme's net profit slips; stock flat" keeps its
            // one-sided news.
            var verdictWeight = StatesBalance(text, document) || headline && EndsOnStillShares(text) && HasMixedEvidence(document)
                ? BalanceVerdictWeight : 1.0;
            var prose = IsProse(document);
            var score = AggregateDocument(document) * verdictWeight;
            if (prose)
            {
                score = WithProseGain(score);
            }

            if (!headline)
            {
                AddOtherNames(text, tokens, wordIds, document);
            }

            // "Lululemon slides as Americas sales stall; Deckers jumps on Hoka strength": two companies' opposite news, a mixed
            // headline on the whole. So is a text that opens by saying its companies or markets went different ways ("Lenders
            // split as card fees offset weak mortgages", "Bank shares mixed amid rate caution"), whatever the
            // clause after says of one of them. Each company keeps its own score.
            if (headline && SplitsOpposedCompanies(text, document) || OpensOnSplit(text, document))
            {
                score *= MixedHeadlineWeight;
            }

            AddUnknownCashtags(text, tokens, document);

            document.IndexSpans(tickerEntities);

            var scored = document.TickerBuffer(tickerEntities);
            var tickerCount = 0;
            for (var entity = 0; entity < tickerEntities; entity++)
            {
                var first = mentions[document.FirstMention(entity)].Company;

                // "The John Deere dealer sold more used tractors", "a network of Peterbilt dealers": a company named only as the brand
                // another sells, or as another's customer or tenant ("whose tenants include Walgreens"), is no company the
                // text is about.
                if (AllMentionsBetween(text, document, document.EntitySpanIndices(entity), BrandText.NamesCustomerOrResellerOf))
                {
                    continue;
                }

                // "Moody's affirmed Acme's ratings", "S&P Global Ratings lowered its view of Acme": an agency that only rates
                // another company of the text is the messenger of that company's news, as a broker that rates one is; alone
                // ("Moody's lowers Italy's outlook"), it is the company the text names, and scores neutral.
                var onlyRates = OnlyRates(text, document, entity);
                if (onlyRates && document.RivalCount(entity) > 1)
                {
                    continue;
                }

                bool? onlyASource = null;
                var company = onlyRates
                    ? new CompanyScore(0, CompanyRules.RatingAgency)
                    : ScoreCompany(text, tokens, document, entity, namedEntities, headline, first.Name, out onlyASource);
                var entityScore = Round(company.Score * verdictWeight);

                // A company only quoted as a source ("according to Moody's", "Goldman Sachs upgraded Apple", "…, JPMorgan said") is
                // not one the text is about: it is not tagged. A non-zero score means it is no source (IsOnlyASource zeroes it). The
                // score's own answer is taken when it asked (a source with news around it, "Jefferies downgraded Apple").
                if (entityScore == 0 && NamedInWords(text, document, entity) &&
                    (onlyASource ?? IsOnlyASource(text, tokens, document, document.EntitySpanIndices(entity), entity, namedEntities)))
                {
                    continue;
                }

                // "Dollar General named a former Target merchandising executive as…": a company named only as the one a person
                // hired worked for before is no company the text is about either.
                if (entityScore == 0 && (company.Rule == CompanyRules.FormerEmployer ||
                    company.Rule is null && AllMentionsBetween(text, document, document.EntitySpanIndices(entity), AttributionText.NamesFormerEmployer)))
                {
                    continue;
                }

                scored[tickerCount++] = new TickerSentiment
                {
                    Symbol = first.Symbol,
                    Name = first.Name,
                    Exchange = first.Exchange,
                    Relevance = Relevance(document, entity, titleLength),
                    Score = entityScore,
                    Label = _scale.GetLabel(entityScore),
                    Polarity = _scale.GetPolarity(entityScore),
                    Mentions = document.GetMentions(entity),
                    Rule = company.Rule,
                };
            }

            var tickers = document.TakeTickers(tickerCount);
            Array.Sort(tickers, CompareTickers);
            score = WithTradersPositions(score, tickers);
            score = WithLeadCompany(score, tickers);

            // No targets, no list: the empty array is shared.
            IReadOnlyList<TargetSentiment> targetResults = [];
            if (targets is not null)
            {
                var results = new List<TargetSentiment>(targets.Count);
                targetResults = results;
                var entity = tickerEntities;
                for (var i = 0; i < targets.Count; i++)
                {
                    var found = targetSpans![i] is not null;
                    var target = found ? ScoreTarget(text, tokens, document, entity, namedEntities, headline, targets[i].Name) : new CompanyScore(score, null);
                    var targetScore = Round(found ? target.Score * verdictWeight : target.Score);
                    if (found)
                    {
                        entity++;
                    }

                    results.Add(new TargetSentiment(targets[i].Name, found, targetScore, _scale.GetLabel(targetScore), _scale.GetPolarity(targetScore))
                    {
                        Rule = target.Rule,
                    });
                }
            }

            var sentences = new SentenceSentiment[document.SentenceCount];
            for (var i = 0; i < sentences.Length; i++)
            {
                ref readonly var s = ref document.Sentences[i];
                sentences[i] = new SentenceSentiment(s.Start, s.End - s.Start, Round(s.Score), s.DocumentWeight);
            }

            var overall = Round(score);
            return new SentimentResult
            {
                Score = overall,
                Label = _scale.GetLabel(overall),
                Polarity = _scale.GetPolarity(overall),
                Tickers = tickers,
                Evidence = TopEvidence(text, document),
                Sentences = sentences,
                Targets = targetResults,
            };
        }
        finally
        {
            Workspace.Return(document);
        }
    }

    private int Tokenize(string text, ref Token[] buffer)
    {
        var count = 0;
        var offset = 0;
        while (true)
        {
            var status = _tokenizer.Tokenize(text.AsSpan(offset), buffer.AsSpan(count), out var written, out var consumed);
            if (offset > 0)
            {
                for (var i = count; i < count + written; i++)
                {
                    buffer[i] = buffer[i] with { Start = buffer[i].Start + offset };
                }
            }

            count += written;
            offset += consumed;
            if (status == OperationStatus.Done)
            {
                return count;
            }

            if (status != OperationStatus.DestinationTooSmall || (written == 0 && consumed == 0 && count < buffer.Length))
            {
                throw new InvalidOperationException($"The tokenizer {_tokenizer.GetType().Name} made no progress at offset {offset} (status {status}).");
            }

            if (count == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }
        }
    }

    /// <summary>
    /// Looks each word up once in <paramref name="words"/> for the scorer, the resolver and the rules run per company: a word's lexicon
    /// word id, the name trie's node after it and the rule lists that hold it (<see cref="RuleWords"/>), a hashtag's word id (of the
    /// word after '#'); other tokens are left for the parts to look up if they need to.
    /// </summary>
    private static void LookUpWords(WordTable words, string text, ReadOnlySpan<Token> tokens, Span<int> wordIds, Span<int> firstNameNodes, Span<RuleWords> ruleWords)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Word)
            {
                words.Find(text.AsSpan(token.Start, token.Length), out wordIds[i], out firstNameNodes[i], out ruleWords[i]);
                continue;
            }

            wordIds[i] = token.Kind == TokenKind.Hashtag && token.Length > 1
                ? words.FindLexiconId(text.AsSpan(token.Start + 1, token.Length - 1))
                : LexiconScorer.UnknownWordId;
            firstNameNodes[i] = NameMatcher.UnknownFirstNode;
            ruleWords[i] = RuleWords.None;
        }
    }

    /// <summary>
    /// Scores every sentence into the workspace. <paramref name="names"/> are the names of companies and targets found
    /// (<see cref="Workspace.NameSpans"/>), whose words the scorer reads as no opinion.
    /// </summary>
    private void ScoreSentences(string text, ReadOnlySpan<Token> tokens, Span<int> wordIds, int titleLength, ReadOnlySpan<NameSpan> names, Workspace document)
    {
        var firstName = 0;
        var firstMention = 0;
        var lexiconScorer = _scorer as LexiconScorer;
        var start = 0;
        var bodySentences = 0;
        BoilerplateCues? boilerplateCues = null;
        var inBoilerplate = false;
        var openingEnd = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.SentenceEnd && i != tokens.Length - 1)
            {
                continue;
            }

            var sentence = tokens[start..(i + 1)];
            var sentenceWordIds = wordIds.IsEmpty ? wordIds : wordIds[start..(i + 1)];
            start = i + 1;
            if (sentence.Length == 1 && sentence[0].Kind == TokenKind.SentenceEnd)
            {
                continue;
            }

            var sentenceStart = sentence[0].Start;
            var sentenceEnd = sentence[^1].End;
            var inTitle = sentenceStart < titleLength;
            if (openingEnd < 0)
            {
                openingEnd = sentenceEnd;
            }

            // The names are sorted by start: the sentence's are those from the first not before it.
            while (firstName < names.Length && names[firstName].Start < sentenceStart)
            {
                firstName++;
            }

            var lastName = firstName;
            while (lastName < names.Length && names[lastName].Start < sentenceEnd)
            {
                lastName++;
            }

            var sentenceNames = names[firstName..lastName];
            var mentions = document.Mentions;
            while (firstMention < mentions.Count && mentions[firstMention].Start < sentenceStart)
            {
                firstMention++;
            }

            // The market's verdict on a story weighs more than its lead: "Shares dropped 9%.", "The stock fell 4% after the bell.",
            // "Cisco shares rose 3% in extended trade."
            // Only the stock of the company the story is about (named first) is its verdict: "Arista shares fell 4%" in a story on
            // Cisco is a rival's news.
            var leadName = !inTitle && bodySentences > 0 && OpensWithLeadCompany(sentenceStart, sentenceNames, mentions, firstMention)
                ? sentenceNames : [];
            // In a story whose opening names only its company, "Its shares rose 1%" after a sentence on a rival (the reference is
            // the rival's) is the rival's move, not the verdict.
            // A sentence that also tells another company's move ("…, while Globex fell 3%") is a sentence of mixed news, no verdict.
            var verdict = !inTitle && bodySentences > 0 && ReportsShareMove(text, sentence, leadName, sentenceNames.IsEmpty) &&
                !MovesOtherStock(sentence, mentions, firstMention, openingEnd) && (leadName.IsEmpty || NamesOnlyLead(sentenceEnd, mentions, firstMention));
            var flatShares = !inTitle && bodySentences > 0 && !verdict && ReportsFlatShares(text, sentence, leadName);
            // "…but issued a forecast that fell short, sending its shares down 6%": a sentence that ends on the move the news made
            // carries the market's verdict, in the lead as after it.
            verdict = verdict || !inTitle && SendsSharesBy(text, sentence) && NamesOnlyLead(sentenceEnd, mentions, firstMention);
            var weight = inTitle ? _titleWeight : bodySentences++ == 0 ? (verdict ? Math.Max(_leadWeight, VerdictWeight) : _leadWeight)
                : verdict ? VerdictWeight : 1.0;
            var evidenceStart = document.DraftCount;

            // A press release's note on forward-looking statements, and what follows it, is no news: such sentences keep their
            // place (and their mentions) but weigh nothing. The title and the lead are never the note.
            // The text is searched for the cues only once a body sentence after the lead comes: a headline is never searched.
            if (!inTitle && bodySentences > 1 && !inBoilerplate)
            {
                boilerplateCues ??= Disclaimers.MayHold(text);
                inBoilerplate = boilerplateCues != 0 && Disclaimers.OpensBoilerplate(text, sentence, boilerplateCues.Value);
            }

            // An analyst's list of the risks to the call ("Risks to our rating include…") is no news either, on its own.
            if (inBoilerplate || !inTitle && bodySentences > 1 && Disclaimers.ListsRisks(text, sentence))
            {
                document.AddSentence(new SentenceInfo(sentenceStart, sentenceEnd, 0, 0, evidenceStart, evidenceStart, inTitle));
                continue;
            }

            double score;
            if (lexiconScorer is not null)
            {
                score = sentenceWordIds.IsEmpty
                    ? lexiconScorer.ScoreSentence(text, sentence, ref document.Drafts, ref document.DraftCount, sentenceNames)
                    : lexiconScorer.ScoreSentence(text, sentence, sentenceWordIds, ref document.Drafts, ref document.DraftCount, sentenceNames);
            }
            else
            {
                var custom = document.CustomEvidence ??= [];
                var customStart = custom.Count;
                score = _scorer.ScoreSentence(text, sentence, custom);
                for (var e = customStart; e < custom.Count; e++)
                {
                    document.AddReady(custom[e]);
                }
            }

            if (double.IsNaN(score))
            {
                score = 0;
            }

            // "Apple sold fewer iPhones. However, services revenue hit a record": the sentence before the contrast is conceded and
            // this one carries the point, as the clauses around "but" do within a sentence.
            var contrast = 1.0;
            if (!inTitle && bodySentences > 1 && OpensWithContrast(text, sentence) &&
                !TurnsToAnotherCompany(mentions, firstMention, sentenceEnd, document.Sentences[document.SentenceCount - 1].Start))
            {
                ref var previous = ref document.Sentences[document.SentenceCount - 1];
                previous = previous with { Contrast = ConcededSentenceWeight };
                contrast = MainSentenceWeight;
            }

            // "The shares were little changed.": with nothing else said, the market's verdict that the news nets out; so is one that
            // says only what investors weighed ("The stock was flat, as investors weighed the write-down against the beat").
            var flat = flatShares && (score == 0 || WeighsNewsAfterFlat(text, sentence));
            if (flat)
            {
                score = 0;
            }

            document.AddSentence(new SentenceInfo(sentenceStart, sentenceEnd, Math.Clamp(score, -1, 1), flat ? VerdictWeight : weight, evidenceStart, document.DraftCount, inTitle)
            {
                Contrast = contrast,
                Verdict = verdict || flat,
                Flat = flat,
            });
        }
    }

    /// <summary>
    /// Whether the sentence opens with the name of the company mentioned first in the text (<paramref name="mentions"/>, sorted by
    /// start; <paramref name="firstMention"/> is the first not before the sentence).
    /// </summary>
    private static bool OpensWithLeadCompany(int sentenceStart, ReadOnlySpan<NameSpan> names, List<TickerMention> mentions, int firstMention) =>
        !names.IsEmpty && names[0].Start == sentenceStart && firstMention > 0 && firstMention < mentions.Count &&
        mentions[firstMention].Start == sentenceStart && mentions[firstMention].Company.Symbol == mentions[0].Company.Symbol;

    /// <summary>
    /// Whether the sentence opens with the stock and tells its move by a percentage: "Shares dropped 9%.", "The stock fell 4% after
    /// the bell", "Its shares rose 2.5%" (the market's verdict on the story told before it).
    /// </summary>
    private static bool ReportsShareMove(string text, ReadOnlySpan<Token> sentence, ReadOnlySpan<NameSpan> names, bool namesNone)
    {
        // "Investors cheered the expected savings, sending the stock up 3%": the market's reaction, then the move it made.
        if (sentence.Length > 3 && sentence[0].Kind == TokenKind.Word && ReactingWords.Contains(sentence[0].GetText(text)))
        {
            for (var i = 1; i < sentence.Length; i++)
            {
                if (sentence[i].Kind == TokenKind.Word && ShareWords.Contains(sentence[i].GetText(text)))
                {
                    for (var j = i + 1; j < sentence.Length && j <= i + 4; j++)
                    {
                        if (sentence[j].Kind == TokenKind.Percent)
                        {
                            return MovesMuch(text, sentence[j]);
                        }
                    }
                }
            }

            return false;
        }

        var first = StockOpening(text, sentence, names);
        if (first < 0)
        {
            return false;
        }

        // The percentage within the next few tokens: "Shares dropped 9%", "The stock fell as much as 4%"; further past "of" and a
        // description of the company that names none ("Shares of the Atlanta-based payments company rose 2%").
        var reach = namesNone && first + 1 < sentence.Length && sentence[first + 1].GetText(text) is "of" ? MaxDescribedShareReach : 6;
        for (var i = first + 2; i < sentence.Length && i <= first + reach; i++)
        {
            if (sentence[i].Kind == TokenKind.Percent)
            {
                return MovesMuch(text, sentence[i]);
            }
        }

        return false;
    }

    /// <summary>The most tokens from "Shares" to the percentage of its move past "of" and a description of the company.</summary>
    private const int MaxDescribedShareReach = 12;

    /// <summary>
    /// Whether, in a story whose first sentence (ending at <paramref name="openingEnd"/>) names only the company mentioned first,
    /// another company is named or referred to before the sentence's percentage (its mentions start at
    /// <paramref name="firstMention"/>): "Its shares rose 1%" where "its" is a rival's. A story that opens on two companies, or
    /// on none ("Homebuilders split…"), has no one company whose verdict the rival's move would take.
    /// </summary>
    private static bool MovesOtherStock(ReadOnlySpan<Token> sentence, List<TickerMention> mentions, int firstMention, int openingEnd)
    {
        if (mentions.Count == 0 || mentions[0].Start >= openingEnd)
        {
            return false;
        }

        for (var m = 1; m < mentions.Count && mentions[m].Start < openingEnd; m++)
        {
            if (mentions[m].Company.Symbol != mentions[0].Company.Symbol)
            {
                return false;
            }
        }

        var end = sentence[^1].End;
        foreach (ref readonly var token in sentence)
        {
            if (token.Kind == TokenKind.Percent)
            {
                end = token.Start;
                break;
            }
        }

        for (var m = firstMention; m < mentions.Count && mentions[m].Start < end; m++)
        {
            if (mentions[m].Company.Symbol != mentions[0].Company.Symbol)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the sentence, whose mentions start at <paramref name="firstMention"/>, names no company but the one mentioned first
    /// in the text: the stock moved in it is that company's.
    /// </summary>
    private static bool NamesOnlyLead(int sentenceEnd, List<TickerMention> mentions, int firstMention)
    {
        for (var m = firstMention; m < mentions.Count && mentions[m].Start < sentenceEnd; m++)
        {
            if (mentions[m].Company.Symbol != mentions[0].Company.Symbol)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the sentence tells, after a verb that moves its object (<see cref="SendingWords"/>) or a turn to the market's answer
    /// (<see cref="ShareTurnWords"/>), the stock's move by a percentage of at least <see cref="MinVerdictMove"/>: "…, sending its
    /// shares down 6%", "…, pushing the stock 4% higher", "beat estimates, but its shares fell 3.4% after…".
    /// </summary>
    private static bool SendsSharesBy(string text, ReadOnlySpan<Token> sentence)
    {
        for (var i = 1; i + 2 < sentence.Length; i++)
        {
            if (sentence[i].Kind != TokenKind.Word || !SendingWords.Contains(sentence[i].GetText(text)) && !ShareTurnWords.Contains(sentence[i].GetText(text)))
            {
                continue;
            }

            for (var j = i + 1; j < sentence.Length && j <= i + 3; j++)
            {
                if (sentence[j].Kind == TokenKind.Word && ShareWords.Contains(sentence[j].GetText(text)))
                {
                    for (var k = j + 1; k < sentence.Length && k <= j + 3; k++)
                    {
                        if (sentence[k].Kind == TokenKind.Percent)
                        {
                            return MovesMuch(text, sentence[k]);
                        }
                    }

                    return false;
                }
            }
        }

        return false;
    }

    // Verbs that move the stock they are followed by: "sending its shares down 6%".
    private static readonly WordSet SendingWords = new("sending", "sent", "pushing", "driving", "knocking", "lifting", "dragging", "pulling");

    // Words that turn from the news to the market's answer to it: "beat estimates, but its shares fell 3.4%", "said the steps
    // should save $1 billion a year, and its shares rose 3%".
    private static readonly WordSet ShareTurnWords = new("but", "yet", "and");

    /// <summary>
    /// Whether a stock's move by this percentage is a verdict: a move of less than 1% ("closed up 0.2%") is the market's shrug,
    /// not its judgement.
    /// </summary>
    private static bool MovesMuch(string text, in Token percent) =>
        !LexiconScorer.TryParseAmount(percent.GetText(text), out var value) || Math.Abs(value) >= MinVerdictMove;

    /// <summary>The least move of a stock, in percent, that tells the market's verdict (<see cref="MovesMuch"/>).</summary>
    private const double MinVerdictMove = 1.0;

    /// <summary>
    /// Whether the sentence opens with the stock (<see cref="ShareWords"/>, after "the", "its" or "their") and says within
    /// <see cref="MaxFlatReach"/> words that it did not move: "Shares were little changed", "The stock ended the session flat",
    /// "Its shares were unchanged".
    /// </summary>
    private static bool ReportsFlatShares(string text, ReadOnlySpan<Token> sentence, ReadOnlySpan<NameSpan> names)
    {
        var first = StockOpening(text, sentence, names);
        if (first < 0)
        {
            return false;
        }

        for (var i = first + 1; i < sentence.Length && i <= first + MaxFlatReach; i++)
        {
            if (sentence[i].Kind != TokenKind.Word)
            {
                return false;
            }

            var word = sentence[i].GetText(text);
            if (FlatWords.Contains(word) ||
                i + 1 < sentence.Length && (word.Equals("little", StringComparison.OrdinalIgnoreCase) || word.Equals("barely", StringComparison.OrdinalIgnoreCase)) &&
                sentence[i + 1].GetText(text).Equals("changed", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The token of the stock a sentence of at least three tokens after it opens with (<see cref="ShareWords"/>, after "the",
    /// "its" or "their": "Shares dropped…", "The stock ended…"), or -1.
    /// </summary>
    private static int StockOpening(string text, ReadOnlySpan<Token> sentence, ReadOnlySpan<NameSpan> names)
    {
        // "Cisco shares rose 3%", "Acme's stock was unchanged": the company's name, then its stock.
        if (!names.IsEmpty && sentence.Length > 3 && names[0].Start == sentence[0].Start)
        {
            var nameEnd = names[0].Start + names[0].Length;
            var next = 1;
            while (next < sentence.Length && sentence[next].Start < nameEnd)
            {
                next++;
            }

            // "Netflix's stock fell 3%": past the possessive.
            if (next < sentence.Length && PhraseText.IsPossessive(sentence[next].GetText(text)))
            {
                next++;
            }

            return sentence.Length >= next + 3 && sentence[next].Kind == TokenKind.Word && ShareWords.Contains(sentence[next].GetText(text)) ? next : -1;
        }

        // "Despite the headline cost, the stock rose 4%", "Still, the shares fell 5.6%": past what an opening concedes.
        var opening = AfterOpeningConcession(text, sentence);
        var first = sentence.Length > opening + 2 && sentence[opening].Kind == TokenKind.Word && ShareOwners.Contains(sentence[opening].GetText(text))
            ? opening + 1 : opening;
        return sentence.Length >= first + 3 && sentence[first].Kind == TokenKind.Word && ShareWords.Contains(sentence[first].GetText(text)) ? first : -1;
    }

    /// <summary>
    /// The token after the comma of a concession that opens the sentence ("Despite the headline cost, …": at most
    /// <see cref="MaxOpeningConcession"/> tokens; "Still, …", "Nonetheless, …"), or 0.
    /// </summary>
    private static int AfterOpeningConcession(string text, ReadOnlySpan<Token> sentence)
    {
        if (sentence.Length < 4 || sentence[0].Kind != TokenKind.Word)
        {
            return 0;
        }

        var word = sentence[0].GetText(text);
        if (OpeningConcessionAdverbs.Contains(word))
        {
            return sentence[1].GetText(text) is "," ? 2 : 0;
        }

        if (!word.Equals("despite", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        for (var i = 2; i < sentence.Length && i <= MaxOpeningConcession; i++)
        {
            if (sentence[i].GetText(text) is ",")
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>The most tokens of a concession that opens a sentence of the stock's move (<see cref="AfterOpeningConcession"/>).</summary>
    private const int MaxOpeningConcession = 10;

    // Adverbs that concede what came before and open a sentence of the stock's move: "Still, the shares fell 5.6%".
    private static readonly WordSet OpeningConcessionAdverbs = new("still", "nonetheless", "nevertheless", "however", "yet");

    /// <summary>The most words from the stock to the word that says it did not move ("Shares ended the session little changed").</summary>
    private const int MaxFlatReach = 5;

    /// <summary>
    /// Whether a sentence of flat shares (<see cref="ReportsFlatShares"/>) goes on, after "as" or "while", only to what investors
    /// weighed: "The stock was flat in afternoon trading, as investors weighed the write-down against the earnings beat". The
    /// weighing is why the stock did not move, not news of its own.
    /// </summary>
    private static bool WeighsNewsAfterFlat(string text, ReadOnlySpan<Token> sentence)
    {
        for (var i = 1; i + 1 < sentence.Length; i++)
        {
            if (sentence[i].Kind == TokenKind.Word && (sentence[i].GetText(text) is "as" or "while"))
            {
                for (var j = i + 1; j < sentence.Length && j <= i + MaxWeighingReach; j++)
                {
                    if (sentence[j].Kind == TokenKind.Word && WeighingVerbs.Contains(sentence[j].GetText(text)))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>The most words from "as" to the verb of weighing ("as investors and analysts weighed").</summary>
    private const int MaxWeighingReach = 4;

    // Verbs of weighing news against news: "as investors weighed", "while traders digested".
    private static readonly WordSet WeighingVerbs = new("weighed", "weighing", "balanced", "digested", "digesting", "parsed", "assessed");

    private static readonly WordSet FlatWords = new("flat", "unchanged");

    // Words before the stock that opens a sentence of its move ("The stock fell", "Its shares rose"), and the stock's words.
    private static readonly WordSet ShareOwners = new("the", "its", "their");

    private static readonly WordSet ShareWords = new("shares", "stock");

    // Those whose reaction opens a sentence of the stock's move: "Investors cheered…, sending the stock up 3%".
    private static readonly WordSet ReactingWords = new("Investors", "Traders", "Shareholders");

    /// <summary>
    /// Whether a sentence names only companies that neither the sentence before it (from <paramref name="previousStart"/>) nor
    /// the text's first mention names: "MarineMax raised its forecast. Its shares rose 4%. OneWater, however, trimmed its
    /// guidance" sets a rival's news beside the story, not against it, and the contrast weighs neither sentence.
    /// </summary>
    private static bool TurnsToAnotherCompany(List<TickerMention> mentions, int firstMention, int sentenceEnd, int previousStart)
    {
        var named = false;
        for (var m = firstMention; m < mentions.Count && mentions[m].Start < sentenceEnd; m++)
        {
            var company = mentions[m].Company;
            if (company == mentions[0].Company)
            {
                return false;
            }

            for (var p = 0; p < firstMention; p++)
            {
                if (mentions[p].Start >= previousStart && mentions[p].Company == company)
                {
                    return false;
                }
            }

            named = true;
        }

        return named;
    }

    /// <summary>
    /// Whether the sentence opens with a word that sets it against the one before: "However", "Nevertheless", "Nonetheless",
    /// "But", "Yet", or "Still" and "Even so" before a comma.
    /// </summary>
    private static bool OpensWithContrast(string text, ReadOnlySpan<Token> sentence)
    {
        if (sentence.Length < 3 || sentence[0].Kind != TokenKind.Word || !char.IsUpper(text[sentence[0].Start]))
        {
            return false;
        }

        var word = text.AsSpan(sentence[0].Start, sentence[0].Length);
        var comma = text[sentence[1].Start] == ',';
        var second = text.AsSpan(sentence[1].Start, sentence[1].Length);
        if (second.Equals("for", StringComparison.OrdinalIgnoreCase) || second.Equals("another", StringComparison.OrdinalIgnoreCase) ||
            second.Equals("again", StringComparison.OrdinalIgnoreCase))
        {
            return false; // "But for the strike, …" imagines; "Yet another loss" adds
        }

        return SentenceContrasts.Contains(word) ||
            comma && word.Equals("Still", StringComparison.Ordinal) ||
            word.Equals("Even", StringComparison.Ordinal) && second.Equals("so", StringComparison.Ordinal) && text[sentence[2].Start] == ',' ||
            HasSetOffContrast(text, sentence);
    }

    /// <summary>
    /// Whether an adverb of contrast set off by commas comes early in the sentence ("Profit, however, fell", "Victory shares
    /// fell 5%, however, as investors questioned the price"): the sentence answers the one before, as one opening with it does.
    /// </summary>
    private static bool HasSetOffContrast(string text, ReadOnlySpan<Token> sentence)
    {
        for (var i = 1; i + 1 < sentence.Length && i <= MaxSetOffContrastAt; i++)
        {
            if (sentence[i].Kind == TokenKind.Word && PhraseText.IsSetOffContrast(text.AsSpan(sentence[i].Start, sentence[i].Length)) &&
                text[sentence[i - 1].Start] == ',' && sentence[i - 1].Length == 1 && text[sentence[i + 1].Start] == ',' && sentence[i + 1].Length == 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The furthest token at which a set-off adverb of contrast makes the sentence answer the one before.</summary>
    private const int MaxSetOffContrastAt = 12;

    /// <summary>
    /// In a text about no company or target, weighs everyday-English sentiment at <see cref="FinSentimentOptions.OffTopicWeight"/>
    /// when nothing else in the text is financial: no financial contribution (which is context of its own) and no financial
    /// word, amount or symbol (<see cref="LexiconScorer.HasFinancialContext(ReadOnlySpan{char}, ReadOnlySpan{Token})"/>).
    /// </summary>
    private void WeighOffTopic(string text, ReadOnlySpan<Token> tokens, Span<int> wordIds, Workspace document)
    {
        if (_offTopicWeight >= 1 || _scorer is not LexiconScorer scorer)
        {
            return;
        }

        var drafts = document.Drafts.AsSpan(0, document.DraftCount);
        if (drafts.IsEmpty)
        {
            return;
        }

        foreach (ref readonly var draft in drafts)
        {
            if (!draft.General)
            {
                return;
            }
        }

        if (wordIds.IsEmpty ? scorer.HasFinancialContext(text, tokens) : scorer.HasFinancialContext(text, tokens, wordIds))
        {
            return;
        }

        var sentences = document.Sentences.AsSpan(0, document.SentenceCount);
        foreach (ref var sentence in sentences)
        {
            if (sentence.EvidenceEnd > sentence.EvidenceStart)
            {
                var score = scorer.Reweigh(drafts[sentence.EvidenceStart..sentence.EvidenceEnd], _offTopicWeight);
                sentence = sentence with { Score = Math.Clamp(score, -1, 1) };
            }
        }
    }

    private double AggregateDocument(Workspace document)
    {
        var numerator = 0.0;
        var denominator = 0.0;
        var sentences = document.Sentences.AsSpan(0, document.SentenceCount);
        var mentions = CollectionsMarshal.AsSpan(document.Mentions);
        var lead = mentions.IsEmpty ? null : mentions[0].Company.Symbol;
        var m = 0;
        for (var s = 0; s < sentences.Length; s++)
        {
            ref readonly var sentence = ref sentences[s];

            // "Acme cut its forecast… Globex, a rival, rose 3%": a later sentence that names only other
            // companies than the one the text opens on tells of them, and weighs less in the text's own score.
            var (leadNamed, otherNamed) = (false, false);
            while (m < mentions.Length && mentions[m].Start < sentence.End)
            {
                if (mentions[m].Start >= sentence.Start)
                {
                    var isLead = mentions[m].Company.Symbol == lead;
                    leadNamed |= isLead;
                    otherNamed |= !isLead;
                }

                m++;
            }

            var weight = s > 0 && otherNamed && !leadNamed ? sentence.DocumentWeight * OtherCompanySentenceWeight : sentence.DocumentWeight;
            Accumulate(sentence.Score, weight, UnopinionatedWeight(sentence), ref numerator, ref denominator);
        }

        return Aggregated(numerator, denominator);
    }

    /// <summary>How much a later sentence that names only companies other than the text's first weighs in the overall score (<see cref="AggregateDocument"/>).</summary>
    private const double OtherCompanySentenceWeight = 0.5;

    /// <summary>
    /// The factor of a sentence's weight when its score is zero: <see cref="FinSentimentOptions.UnopinionatedSentenceWeight"/>, or 1 for
    /// the market's verdict that the stock did not move (<see cref="SentenceInfo.Flat"/>), which is an opinion that the news nets out.
    /// </summary>
    private double UnopinionatedWeight(in SentenceInfo sentence) => sentence.Flat ? 1 : _unopinionatedWeight;

    private static void Accumulate(double score, double weight, double unopinionatedWeight, ref double numerator, ref double denominator)
    {
        numerator += score * weight;
        denominator += score == 0 ? weight * unopinionatedWeight : weight;
    }

    /// <summary>
    /// Whether the sentence is a post's tag line: cashtags alone, with at most punctuation between them ("…only coal down. $UNP
    /// $CSX $NSC"). A sentence that does not open with "$" costs one char; else the first word that is no cashtag ends the test.
    /// </summary>
    private static bool IsTagLine(string text, in SentenceInfo sentence)
    {
        var span = text.AsSpan(sentence.Start, sentence.End - sentence.Start).TrimStart();
        if (span.IsEmpty || span[0] != '$')
        {
            return false; // before any search for the word's end, which in a text without spaces would read the whole sentence
        }

        span = span.TrimEnd();
        var tags = 0;
        while (!span.IsEmpty)
        {
            var end = span.IndexOfAny(' ', '\t', '\n');
            var word = (end < 0 ? span : span[..end]).TrimEnd(",.;:!");
            if (word.Length < 2 || word[0] != '$' || !char.IsLetter(word[1]))
            {
                return false;
            }

            tags++;
            span = end < 0 ? default : span[end..].TrimStart();
        }

        return tags > 0;
    }

    /// <summary>Whether every company the text names is named in the sentence: a tag line names the companies of a post that names no other.</summary>
    private static bool NamesOnlyIn(Workspace document, in SentenceInfo sentence)
    {
        foreach (var mention in CollectionsMarshal.AsSpan(document.Mentions))
        {
            if (mention.Start < sentence.Start || mention.Start >= sentence.End)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The score of the text's other sentences, weighed as in the text's score: what a post says of the companies its tag line
    /// lists (<see cref="IsTagLine"/>), which the line itself does not say.
    /// </summary>
    private double ScoreBesidesTagLine(Workspace document, int tagLine)
    {
        var numerator = 0.0;
        var denominator = 0.0;
        for (var s = 0; s < document.SentenceCount; s++)
        {
            ref readonly var sentence = ref document.Sentences[s];
            if (s != tagLine)
            {
                Accumulate(sentence.Score, sentence.DocumentWeight, UnopinionatedWeight(sentence), ref numerator, ref denominator);
            }
        }

        return Aggregated(numerator, denominator);
    }

    private static double Aggregated(double numerator, double denominator) =>
        denominator <= 0 ? 0 : Math.Clamp(numerator / denominator, -1, 1);

    /// <summary>Groups the (sorted) mentions by symbol, in order of first mention; returns the number of companies.</summary>
    private static int GroupMentions(Workspace document)
    {
        var mentions = document.Mentions;
        var entityOf = document.MentionEntity(mentions.Count);
        var entities = 0;
        for (var m = 0; m < mentions.Count; m++)
        {
            var symbol = mentions[m].Symbol;
            var found = -1;
            for (var e = 0; e < entities; e++)
            {
                var key = mentions[document.FirstMention(e)].Symbol;
                if (ReferenceEquals(key, symbol) || string.Equals(key, symbol, StringComparison.OrdinalIgnoreCase))
                {
                    found = e;
                    break;
                }
            }

            if (found < 0)
            {
                found = entities++;
                document.AddTickerEntity(m);
            }

            entityOf[m] = found;
            document.CountMention(found);
        }

        document.CollectMentionSpans(entities);
        return entities;
    }

    /// <summary>
    /// In a short text of prose in sentence case (up to three sentences), the other capitalised names ("Shares of Globex rose
    /// after Initech cut its forecast.", "Electrolux returned to profit. Whirlpool cut its guidance.") become entities of their
    /// own, so that a caller's target owns only its phrases and sentences even when it is the only company the directory
    /// knows. They take part in attribution only and are not reported. Headlines are left out:
    /// their telegraphic syntax ("Acme, Globex gain; to replace Initech") defeats attribution by position, and so are posts that
    /// name their companies by cashtags.
    /// </summary>
    private static void AddOtherNames(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> wordIds, Workspace document)
    {
        // Only with a company to attribute to, and in a few sentences of prose: "Fed or ECB? Three reasons why…", "Big rally
        // ahead! Index seen at…" are headlines in pieces, whose capitals name nothing.
        if (document.EntityCount == 0 || document.SentenceCount > MaxSentencesForOtherNames || text.Length > MaxTextForOtherNames ||
            document.SentenceCount > 1 && text.AsSpan().IndexOfAny('?', '!') >= 0)
        {
            return;
        }

        int words = 0, lower = 0;
        foreach (ref readonly var token in tokens)
        {
            // A post that names its companies by cashtags ("$MU said DRAM pricing is no longer falling", "$ABBV Skyrizi + Rinvoq
            // more than offsetting the Humira cliff") writes its other capitals for products, people and places, not companies.
            if (token.Kind == TokenKind.Cashtag && document.Covers(token.Start, token.End))
            {
                return;
            }

            if (token.Kind == TokenKind.Word && char.IsLetter(text[token.Start]))
            {
                words++;
                lower += char.IsLower(text[token.Start]) ? 1 : 0;
            }
        }

        if (words < 4 || lower * 2 < words)
        {
            return; // headline case: capitals say nothing
        }

        var added = 0;
        for (var i = 0; i < tokens.Length && added < MaxOtherNames; i++)
        {
            if (!IsOtherName(text, tokens, wordIds, i, document))
            {
                // A person after a role or a place after a preposition takes its whole run of capitals with it ("CEO Elon
                // Musk", "in North America").
                if (tokens[i].Kind == TokenKind.Word && char.IsUpper(text[tokens[i].Start]) && FollowsRoleOrPlaceWord(text, tokens, i))
                {
                    // … and the places or people listed with it ("in Texas and Berlin", "in France, Spain and Italy").
                    while (i + 1 < tokens.Length && (tokens[i + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[i + 1].Start]) ||
                           i + 2 < tokens.Length && tokens[i + 2].Kind == TokenKind.Word && char.IsUpper(text[tokens[i + 2].Start]) &&
                           (tokens[i + 1].GetText(text) is "," || tokens[i + 1].GetText(text).Equals("and", StringComparison.OrdinalIgnoreCase))))
                    {
                        i++;
                    }
                }

                continue;
            }

            // A name goes on over its words, a possessive inside it ("Sam's Club") and an "of" between capitals ("Department of
            // Justice", whose whole name is then a public body's).
            var end = i;
            while (end + 1 < tokens.Length && IsOtherName(text, tokens, wordIds, end + 1, document) ||
                   end + 2 < tokens.Length && (PhraseText.IsPossessive(tokens[end + 1].GetText(text)) || tokens[end + 1].GetText(text) is "of") &&
                   IsOtherName(text, tokens, wordIds, end + 2, document))
            {
                end += IsOtherName(text, tokens, wordIds, end + 1, document) ? 1 : 2;
            }

            // "At its Mesquite, Texas, module plant": a name before a comma and a US state is a place, and so is the state.
            if (UsStates.AfterComma(text, tokens, end + 1) is var state and >= 0)
            {
                i = state;
                continue;
            }

            // A public body ("the Justice Department", "SEC") moves markets but is no company with news of its own, and a name
            // before what a company sells or earns is its product or unit ("Gaudi accelerator sales", "Copilot revenue"); after an
            // article and before a common noun, a name describes the noun ("the German industrial group", "a Hong Kong court",
            // "the Switch console").
            // So does a name after an owner's possessive ("Gilead's twice-yearly HIV prevention shot", "Sony's PlayStation unit").
            // A brand listed after "maker of" or "parent of" is the company's own, whatever follows it ("Brinker, parent of
            // Chili's and Maggiano's, cut…").
            // "Oncor, the power delivery unit of Sempra": a unit described as the company's part carries the company's news.
            // "Monmouth County", "Orange County": a name that ends in a noun of a place is that place.
            var product = NamedAsUnitOf(text, tokens, end + 1, document) || end > i && PlaceEndings.Contains(tokens[end].GetText(text)) ||
                BrandText.ListedAfterMakerOf(text, tokens, i) || end + 1 < tokens.Length && tokens[end + 1].Kind == TokenKind.Word &&
                (ProductNouns.Contains(tokens[end + 1].GetText(text)) ||
                 char.IsLower(text[tokens[end + 1].Start]) &&
                 (i > 0 && Articles.Contains(tokens[i - 1].GetText(text)) || FollowsOwner(text, tokens, i)));
            if (!product && !PublicInstitutions.IsInstitution(text.AsSpan(tokens[i].Start, tokens[end].End - tokens[i].Start)))
            {
                document.AddEntity([(tokens[i].Start, tokens[end].End - tokens[i].Start)]);
                added++;
            }

            i = end;
        }
    }

    /// <summary>The most words between the article and the noun of a unit in <see cref="NamedAsUnitOf"/> ("the regulated utility unit").</summary>
    private const int MaxUnitDescriptorWords = 4;

    /// <summary>
    /// Whether the tokens from <paramref name="from"/> describe the name before them as a part of a company that a mention covers:
    /// a comma, an article, a few words, a noun of a part ("unit", "subsidiary", "arm", "division") and "of" before the
    /// company ("Optum, the health services arm of UnitedHealth", "Acme Gas, a unit of Globex").
    /// </summary>
    private static bool NamedAsUnitOf(string text, ReadOnlySpan<Token> tokens, int from, Workspace document)
    {
        if (from + 3 >= tokens.Length || tokens[from].GetText(text) is not "," || !Articles.Contains(tokens[from + 1].GetText(text)))
        {
            return false;
        }

        for (var i = from + 2; i + 2 < tokens.Length && i <= from + 2 + MaxUnitDescriptorWords; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                return false;
            }

            if (UnitNouns.Contains(tokens[i].GetText(text)))
            {
                return tokens[i + 1].GetText(text) is "of" && document.Covers(tokens[i + 2].Start, tokens[i + 2].End);
            }
        }

        return false;
    }

    // Last words of the name of a place: "Monmouth County", "Quezon City", "Cayman Islands".
    private static readonly WordSet PlaceEndings = new("County", "City", "Township", "Parish", "Province", "District", "Islands", "Island", "Valley");

    // Nouns of a part of a company, before its name ("its cloud unit AWS", PartsBeforeNames) or before "of" and the company
    // (UnitNouns: "the consulting arm of", "a subsidiary of", "the trucking business of").
    private static readonly string[] PartNounList = ["arm", "unit", "subsidiary", "division", "affiliate"];

    private static readonly WordSet UnitNouns = new([.. PartNounList, "business", "segment"]);

    /// <summary>
    /// Makes each cashtag the resolver did not know (<c>$ZQXW</c>: a symbol missing from the directory, an over-the-counter or
    /// foreign listing) an entity of its own, so that the companies it does know do not take its news ("$ZQXW up 12% after FDA
    /// nod. $AAPL flat."). Like <see cref="AddOtherNames"/>, such cashtags take part in attribution only and are not reported.
    /// A cashtag right beside a caller's target or a company's name is that company's symbol ("Acme ($ACME) beats").
    /// </summary>
    private static void AddUnknownCashtags(string text, ReadOnlySpan<Token> tokens, Workspace document)
    {
        if (document.EntityCount == 0)
        {
            return;
        }

        var mentions = document.Mentions;
        List<string>? symbols = null;
        List<List<(int Start, int Length)>?>? spans = null;
        int mention = 0, examined = 0;
        for (var i = 0; i < tokens.Length && examined < MaxUnknownCashtags; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Kind != TokenKind.Cashtag)
            {
                continue;
            }

            // The mentions are sorted by start: a cashtag the resolver knew is one of them.
            while (mention < mentions.Count && mentions[mention].Start < token.Start)
            {
                mention++;
            }

            if (mention < mentions.Count && mentions[mention].Start == token.Start)
            {
                continue;
            }

            examined++;
            if (document.Covers(token.Start, token.End))
            {
                continue;
            }

            symbols ??= [];
            spans ??= [];
            // No lambda to find the symbol: its closure would be allocated for every token the loop reads.
            var symbol = token.GetText(text)[1..];
            var entity = symbols.Count - 1;
            while (entity >= 0 && !symbol.Equals(symbols[entity], StringComparison.OrdinalIgnoreCase))
            {
                entity--;
            }

            if (entity < 0)
            {
                entity = symbols.Count;
                symbols.Add(symbol.ToString());
                spans.Add([]);
            }

            // Once beside a name, the symbol is that company's everywhere ("$ACMQ soars. Acme ($ACMQ) said…"): no entity of its own.
            if (spans[entity] is not null && BesideName(text, tokens, i, document))
            {
                spans[entity] = null;
            }

            spans[entity]?.Add((token.Start, token.Length));
        }

        if (spans is not null)
        {
            foreach (var entitySpans in spans)
            {
                if (entitySpans is not null)
                {
                    document.AddEntity(entitySpans);
                }
            }
        }

        static bool BesideName(string text, ReadOnlySpan<Token> tokens, int i, Workspace document)
        {
            var before = i > 0 && tokens[i - 1].GetText(text) is "(" ? i - 2 : i - 1;
            return before >= 0 && IsName(tokens[before]) || i + 1 < tokens.Length && IsName(tokens[i + 1]);

            bool IsName(in Token token) => token.Kind != TokenKind.Cashtag && document.Covers(token.Start, token.End);
        }
    }

    private static bool IsOtherName(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> wordIds, int index, Workspace document)
    {
        ref readonly var token = ref tokens[index];
        if (token.Kind != TokenKind.Word || token.Length < 2 || !char.IsUpper(text[token.Start]) || NotNames.Contains(token.GetText(text)) ||
            PhraseText.IsMeasureAcronym(token.GetText(text)) || document.Covers(token.Start, token.End) || AttributionText.InInstrumentCode(text, token) ||
            PublicInstitutions.IsInstitutionName(token.GetText(text)))
        {
            return false;
        }

        // A person after a role ("CEO Elon Musk", "chief executive Jensen Huang") or a place after a preposition ("sales fell in
        // China", "across Latin America") is no other company; nor is the sentence's first word when the lexicon knows it
        // ("Regulators opened…", "Shareholders rejected…": a capital for the sentence, not for a name), nor a word that goes on
        // with a company's name ("Qantas Airways", "Reliance Industries" for a target named "Qantas" or "Reliance").
        // So is a plural of a kind of company opening a sentence ("Planemakers have complained…", "Lenders pulled back").
        if (FollowsRoleOrPlaceWord(text, tokens, index) ||
            (index == 0 || tokens[index - 1].Kind == TokenKind.SentenceEnd) && (!wordIds.IsEmpty && wordIds[index] >= 0 || NamesKindOfCompanies(token.GetText(text))) ||
            index > 0 && tokens[index - 1].End + 1 >= token.Start && document.Covers(tokens[index - 1].Start, tokens[index - 1].End))
        {
            return false;
        }

        // "PFAS disclosure laws", "ESG rules", "LNG prices": an acronym before a noun of what it qualifies is no company.
        if (index + 1 < tokens.Length && tokens[index + 1].Kind == TokenKind.Word && IsAllCapitals(token.GetText(text)) &&
            (AcronymQualifiedNouns.Contains(tokens[index + 1].GetText(text)) ||
             index + 2 < tokens.Length && char.IsLower(text[tokens[index + 1].Start]) && AcronymQualifiedNouns.Contains(tokens[index + 2].GetText(text))))
        {
            return false;
        }

        // "the global minimum tax, or GMT, …": an acronym that spells the words it follows abbreviates them.
        if (DefinesAbbreviation(text, tokens, index))
        {
            return false;
        }

        // "The Ontario-based hauler", "its New York-listed shares": a place before "-based" or "-listed" is no company.
        if (IsPlaceQualified(text, token) ||
            index + 1 < tokens.Length && tokens[index + 1].Start == token.End + 1 && char.IsUpper(text[tokens[index + 1].Start]) &&
            IsPlaceQualified(text, tokens[index + 1]))
        {
            return false;
        }

        // The sentence's first word right before a name it describes ("Struggling Acme pays…", "Embattled Globex") is no name,
        // nor is an adjective of a nation or a region before a common noun ("European lockdown winners", "British banks").
        if (index == 0 && tokens.Length > 1 && document.Covers(tokens[1].Start, tokens[1].End) ||
            IsDemonym(token.GetText(text)) && index + 1 < tokens.Length && tokens[index + 1].Kind == TokenKind.Word && char.IsLower(text[tokens[index + 1].Start]))
        {
            return false;
        }

        for (var e = 0; e < document.DraftCount; e++)
        {
            ref readonly var draft = ref document.Drafts[e];
            if ((token.Start < draft.UnitEnd && draft.UnitStart < token.End) || (token.Start < draft.PartnerEnd && draft.PartnerStart < token.End))
            {
                return false; // a phrase, not a name ("Buy", "Profit fell")
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the word at <paramref name="index"/>, in capitals after "(" or ", or", spells the initials of the lower-case words
    /// before: "the global minimum tax, or GMT", "a real estate investment trust (REIT)". A term, not a name: the
    /// initials of capitalised words may abbreviate another organisation ("Blue Cross Blue Shield (BCBS)").
    /// </summary>
    private static bool DefinesAbbreviation(string text, ReadOnlySpan<Token> tokens, int index)
    {
        if (index < 2 || !IsAllCapitals(tokens[index].GetText(text)))
        {
            return false;
        }

        var last = tokens[index - 1].GetText(text) is "(" ? index - 2
            : index >= 3 && tokens[index - 1].GetText(text) is "or" && tokens[index - 2].GetText(text) is "," ? index - 3 : -1;
        return last >= 0 && tokens[last].Kind == TokenKind.Word && char.IsLower(text[tokens[last].Start]) &&
            TickerResolver.SpellsInitials(text, tokens, index, last);
    }

    /// <summary>Whether a word of two letters or more is in capitals (digits may come between): "PFAS", "LNG", "GLP1".</summary>
    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!(char.IsUpper(c) || char.IsDigit(c)))
            {
                return false;
            }
        }

        return word.Length >= 2 && char.IsUpper(word[0]);
    }

    // Nouns of a rule, a substance or a market that an acronym before them qualifies ("PFAS laws", "LNG prices"), at most one
    // lower-case word after it ("PFAS disclosure laws").
    private static readonly WordSet AcronymQualifiedNouns = new(
        "laws", "law", "rules", "regulations", "regulation", "standards", "requirements", "mandate", "mandates", "disclosure",
        "disclosures", "compliance", "chemicals", "contamination", "exposure", "litigation", "cleanup", "prices", "demand", "exports",
        "imports", "supply", "sector", "industry", "projects", "spending", "credits");

    /// <summary>Whether the word is a place with a hyphened qualifier: "Ontario-based", "York-listed", "Texas-headquartered".</summary>
    private static bool IsPlaceQualified(string text, in Token token)
    {
        var word = token.GetText(text);
        foreach (var suffix in PlaceQualifierSuffixes)
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] PlaceQualifierSuffixes = ["-based", "-listed", "-headquartered", "-registered", "-founded"];

    // Lower-case words after a name that make it a product or a unit: "Gaudi accelerator sales", "Copilot revenue", "Stelara sales",
    // "NBA games", "Peugeot cars", "Zantac lawsuits".
    private static readonly WordSet ProductNouns = new(
        "sales", "revenue", "revenues", "demand", "orders", "shipments", "deliveries", "subscribers", "users", "ad", "ads", "chips",
        "chip", "accelerator", "accelerators", "platform", "devices", "device", "phones", "phone", "drug", "vaccine", "app",
        "service", "segment", "business", "brand", "models", "model", "launch", "unit", "games", "cars", "vehicles", "console",
        "consoles", "engines", "aircraft", "jets", "planes", "products", "stores", "shoppers", "customers", "fans",
        "procedures", "procedure", "systems", "placements", "implants", "volumes", // "worldwide Mako procedures rose 25%"

        // A product's trouble or trials: "Zantac lawsuits", "Roundup litigation", "Ozempic trial".
        "lawsuits", "litigation", "recall", "recalls", "trial", "trials");

    private static readonly WordSet Articles = new("a", "an", "the");

    // Words before a person's name: "CEO Elon Musk", "chief executive Jensen Huang", "boss Brian Niccol".
    private static readonly WordSet RolesBeforeNames = new(
        "CEO", "CFO", "COO", "CTO", "chief", "executive", "officer", "boss", "founder", "co-founder", "chairman", "chairwoman", "chair",
        "president", "director", "head", "analyst", "strategist", "economist", "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.",
        "minister", "secretary", "governor", "senator", "spokesman", "spokeswoman", "spokesperson", "investor");

    // Words for a part of a company before the part's name, which is the company's own news: "Tata Motors' British arm JLR",
    // "its cloud unit AWS".
    private static readonly WordSet PartsBeforeNames = new(PartNounList);

    // Prepositions before a place, a source or a target of an act, none of them another company with news of its own: "fell in
    // China", "across Latin America", "competition from BYD", "an investigation into Acme", "a lawsuit by Globex".
    private static readonly WordSet PrepositionsBeforeNonNames = new("in", "across", "throughout", "within", "near", "from", "by", "into", "against");

    /// <summary>The most lower-case words between an owner's possessive and a name of the thing it owns (<see cref="FollowsOwner"/>).</summary>
    private const int MaxWordsAfterOwner = 3;

    /// <summary>
    /// Whether the name at <paramref name="index"/> follows a possessive, with at most <see cref="MaxWordsAfterOwner"/> lower-case
    /// words between ("Gilead's twice-yearly HIV prevention shot", "Acme's new Orbit phone"): it names the owner's thing.
    /// </summary>
    private static bool FollowsOwner(string text, ReadOnlySpan<Token> tokens, int index)
    {
        for (var j = index - 1; j >= 0 && j >= index - 1 - MaxWordsAfterOwner && (tokens[j].Kind == TokenKind.Word || IsBareApostrophe(text, tokens, j)); j--)
        {
            var word = tokens[j].GetText(text);

            // "output at its Kestrel mine": the sentence's subject owns it.
            if (word is "its" or "their")
            {
                return true;
            }

            if (PhraseText.IsPossessive(word) || tokens[j].Kind != TokenKind.Word)
            {
                // An owner is a name, not a time ("next year's M-series chips", "Friday's Orbit launch").
                var owner = j > 0 && tokens[j - 1].Kind == TokenKind.Word ? tokens[j - 1].GetText(text) : default;
                return !owner.IsEmpty && char.IsUpper(owner[0]) && !AttributionText.IsPeriod(owner) && !Days.Contains(owner);
            }

            // "Acme's sales of Zapix": what the owner sells, not another party ("Acme's acquisition of Globex").
            if (!char.IsLower(word[0]) || OtherParties.Contains(word) && !(word is "of" && j > 0 && MeasuresOfProducts.Contains(tokens[j - 1].GetText(text))))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the token at <paramref name="j"/> is an apostrophe alone that makes the plural word it touches an owner ("Gilead Sciences' shot").</summary>
    private static bool IsBareApostrophe(string text, ReadOnlySpan<Token> tokens, int j) =>
        tokens[j].Length == 1 && text[tokens[j].Start] is '\'' or '’' && j > 0 && tokens[j - 1].End == tokens[j].Start &&
        tokens[j - 1].Kind == TokenKind.Word && text[tokens[j - 1].End - 1] is 's' or 'S';

    // Nouns of a product's trade before "of" and its name ("sales of Wegovy", "shipments of Model Y").
    private static readonly WordSet MeasuresOfProducts = new(
        "sales", "shipments", "deliveries", "production", "output", "launch", "rollout", "price", "prices", "supply", "supplies",
        "exports", "sale", "demand", "uptake", "prescriptions", "volumes", "revenue", "revenues");

    private static readonly WordSet Days = new(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "tonight");

    // Words after an owner's possessive that name another party, not a thing of the owner's ("Acme's rival Globex"), or put
    // the name in a phrase of its own ("Acme's deal with Globex").
    private static readonly WordSet OtherParties = new(
        "rival", "rivals", "peer", "peers", "competitor", "competitors", "partner", "partners", "supplier", "suppliers", "customer",
        "customers", "client", "clients", "backer", "backers", "investor", "investors", "suitor", "bidder", "buyer", "acquirer",
        "target", "challenger", "auditor", "lender", "lenders", "creditor", "creditors", "counterparty", "landlord", "tenant",
        "with", "and", "or", "to", "from", "for", "by", "of", "against", "over", "between", "versus", "vs", "than", "like");

    /// <summary>
    /// Whether the word before the token is a role before a person's name, a preposition before a place, a part of a company
    /// (see above) or a lead to the company's other name ("known as", "formerly").
    /// </summary>
    private static bool FollowsRoleOrPlaceWord(string text, ReadOnlySpan<Token> tokens, int index)
    {
        if (index == 0 || tokens[index - 1].Kind != TokenKind.Word)
        {
            return false;
        }

        // "in the United States", "across the Gulf".
        var previous = tokens[index - 1].GetText(text);
        if (previous.Equals("the", StringComparison.OrdinalIgnoreCase) && index >= 2 && tokens[index - 2].Kind == TokenKind.Word)
        {
            previous = tokens[index - 2].GetText(text);
            return PrepositionsBeforeNonNames.Contains(previous);
        }

        // "Foxconn, formally known as Hon Hai Precision Industry", "Meta, formerly called Facebook": the same company's other name.
        if (previous.Equals("as", StringComparison.OrdinalIgnoreCase) && index >= 2 && tokens[index - 2].Kind == TokenKind.Word &&
            AliasLeads.Contains(tokens[index - 2].GetText(text)) || previous.Equals("formerly", StringComparison.OrdinalIgnoreCase) ||
            previous.Equals("called", StringComparison.OrdinalIgnoreCase) && index >= 2 && tokens[index - 2].GetText(text).Equals("formerly", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return RolesBeforeNames.Contains(previous) || PrepositionsBeforeNonNames.Contains(previous) || PartsBeforeNames.Contains(previous);
    }

    // Words before "as" and a company's other name: "known as", "also known as", "trading as", "rebranded as", "renamed as".
    private static readonly WordSet AliasLeads = new("known", "trading", "rebranded", "renamed", "operating", "doing");

    /// <summary>
    /// Whether a sentence opens with the name of another company: a capitalised word the lexicon does not know, that no company
    /// or target found covers, that is no public body, nation or place word, and that no verb of saying follows ("Lufthansa cut
    /// its outlook", "Handelsbanken's profit fell"; not "Huang said demand is strong", whose speaker speaks of the company).
    /// </summary>
    private bool OpensWithOtherName(string text, Workspace document, in SentenceInfo sentence)
    {
        if (_words is null)
        {
            return false;
        }

        var sentenceText = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        var offset = sentenceText.Length - sentenceText.TrimStart().Length;
        var rest = sentenceText[offset..];
        var end = 0;
        while (end < rest.Length && (char.IsLetterOrDigit(rest[end]) || rest[end] is '-' or '&'))
        {
            end++;
        }

        // A capital and then lower case: an instrument code's piece ("SPLRCD>") or an acronym says too little.
        if (end < 2 || !char.IsUpper(rest[0]) || rest[..end].IndexOfAnyInRange('a', 'z') < 0)
        {
            return false;
        }

        var word = rest[..end];
        if (NotNames.Contains(word) || _words.FindLexiconId(word) >= 0 || IsDemonym(word) || PublicInstitutions.IsInstitution(word) ||
            document.CoversSorted(sentence.Start + offset, sentence.Start + offset + end))
        {
            return false;
        }

        // The name's other capitals and a possessive, then the verb: a speaker is no company.
        var after = rest[end..];
        while (true)
        {
            after = after.TrimStart();
            var next = 0;
            while (next < after.Length && (char.IsLetterOrDigit(after[next]) || after[next] is '-' or '&'))
            {
                next++;
            }

            if (next == 0 || !char.IsUpper(after[0]))
            {
                return next == 0 || !SayingVerbs.Contains(after[..next]);
            }

            after = after[next..];
        }
    }

    private static readonly WordSet SayingVerbs = new(
        "said", "says", "told", "added", "noted", "explained", "argued", "wrote", "warned", "believes", "thinks", "expects");

    /// <summary>Whether a capitalised word has the ending of an adjective of a nation or a region: European, Asian, British, Chinese, Mexican.</summary>
    private static bool IsDemonym(ReadOnlySpan<char> word) =>
        word.EndsWith("ean") || word.EndsWith("ian") || word.EndsWith("ish") || word.EndsWith("ese") || word.EndsWith("can") ||
        word is "French" or "Dutch" or "Greek" or "Thai" or "Swiss" or "German";

    /// <summary>
    /// Whether a headline says the target did not move ("Peso flat despite a three-month low fixing", "Gold steadies as
    /// equities balance tensions"): whatever else the headline reports happened around it.
    /// </summary>
    private static bool HeldStill(string text, Workspace document, ReadOnlySpan<int> spans) =>
        AnyMentionFollowedBy(text, document, spans, AttributionText.FollowedByStasis);

    /// <summary>
    /// Whether a text says the company's shares did not move ("PepsiCo shares were little changed", "Starbucks, which has
    /// struggled to revive traffic, was little changed"): the market's verdict on what else the text says of it.
    /// </summary>
    private static bool SharesHeldStill(string text, Workspace document, ReadOnlySpan<int> spans) =>
        AnyMentionFollowedBy(text, document, spans, AttributionText.SharesFollowedByStasis) ||
        AnyMentionFollowedBy(text, document, spans, AttributionText.StandsStillPastAside);

    /// <summary>Whether the text after any one of an entity's <paramref name="spans"/> passes <paramref name="test"/>.</summary>
    private static bool AnyMentionFollowedBy(string text, Workspace document, ReadOnlySpan<int> spans, TextTest test)
    {
        foreach (var index in spans)
        {
            ref readonly var span = ref document.SortedSpans[index];
            if (test(text.AsSpan(span.Start + span.Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A found target's score: neutral for an institution or a rating agency (unless it reports results of its own), else
    /// <see cref="ScoreCompany(string, ReadOnlySpan{Token}, Workspace, int, int, bool, string, out bool?)"/>.
    /// </summary>
    private CompanyScore ScoreTarget(string text, ReadOnlySpan<Token> tokens, Workspace document, int entity, int namedEntities, bool headline, string name) =>
        PublicInstitutions.IsInstitution(name) && !ReportsResults(text, document, entity) ? new CompanyScore(0, CompanyRules.Institution)
        : OnlyRates(text, document, entity) ? new CompanyScore(0, CompanyRules.RatingAgency)
        : ScoreCompany(text, tokens, document, entity, namedEntities, headline, name, out _);

    /// <summary>
    /// Whether the entity is a credit rating agency (<see cref="NamedAsRatingAgency"/>) that reports no results of its own: what
    /// it does to ratings is the rated company's news, so it scores neutral as a target and as a ticker.
    /// </summary>
    private static bool OnlyRates(string text, Workspace document, int entity) =>
        NamedAsRatingAgency(text, document, entity) && !ReportsResults(text, document, entity);

    /// <summary>How much text after an agency's name <see cref="RatingAgencies.IsAgency"/> reads for its action: one word.</summary>
    private const int MaxActionLead = 24;

    /// <summary>Whether a mention of the entity names a credit rating agency (<see cref="RatingAgencies"/>): "Moody's", "S&amp;P Global Ratings".</summary>
    private static bool NamedAsRatingAgency(string text, Workspace document, int entity)
    {
        foreach (var index in document.EntitySpanIndices(entity))
        {
            ref readonly var span = ref document.SortedSpans[index];
            if (RatingAgencies.IsAgency(text.AsSpan(span.Start, span.Length), text.AsSpan(span.Start + span.Length, Math.Min(MaxActionLead, text.Length - span.Start - span.Length))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A company's score, a directory ticker's or a found target's: neutral for a messenger, a headline company that held still,
    /// the yardstick of a move, the counterparty of an order or a deal ("wins an order from Globex") or an exchange named as the
    /// venue ("surges 10% on BSE"); the opposite of the news for the company a preference passes over ("Prefer Acme over Globex":
    /// Globex is the one not picked); else <see cref="ScoreEntity(string, ReadOnlySpan{Token}, Workspace, int, int, bool)"/>. The
    /// rule that set the score, when one did, comes with it (<see cref="CompanyRules"/>); <paramref name="onlyASource"/> is the
    /// answer of <see cref="IsOnlyASource"/> for the entity when the score asked it (null when it did not).
    /// </summary>
    /// <remarks>
    /// The entity's own score comes first: when it is zero, so is the company's whatever role its mentions have, and the tests
    /// of the words around every mention (a source, held still, a role) are spared. Every test is pure, so asking them after the
    /// score changes no result; only an entity that the tests set to zero pays for its score, and few are.
    /// </remarks>
    private CompanyScore ScoreCompany(
        string text, ReadOnlySpan<Token> tokens, Workspace document, int entity, int namedEntities, bool headline, string name, out bool? onlyASource)
    {
        onlyASource = null;
        var score = ScoreEntity(text, tokens, document, entity, namedEntities, headline);

        // The entity's spans, looked up once for every test below.
        var spans = document.EntitySpanIndices(entity);

        // "Nvidia replaces Intel in the Dow", "Walmart picks Nvidia over AMD": the company displaced loses its place, and the
        // one that takes it gains, whether or not a word of the sentence says so. A market beaten is a yardstick ("funds beat
        // the Nifty"), and a thing in lower case ("papers replacing bank loans") no company.
        var market = AttributionText.IsMarketSubject(name);
        var displaceable = spans.Length > 0 && !char.IsLower(text[document.SortedSpans[spans[0]].Start]);

        // Each test of a displacement, a payment or a fault below passes only on a word of its own (the stems of its cues: "replaces",
        // "pay", "blamed"), which the text must hold somewhere, since the test reads it from the text around a mention. Most texts
        // hold none of them: one pass over the text for every set (kept for the document's other companies) spares the tests of
        // every mention.
        var displacement = displaceable && document.TextHolds(text, Cues.Displacement);
        if (displacement && HoldsRole(text, document, spans, DisplacementText.IsDisplaced, -score))
        {
            return market ? new CompanyScore(0, CompanyRules.Yardstick) : new CompanyScore(-Math.Max(Math.Abs(score), DisplacementScore), CompanyRules.Displaced);
        }

        displaceable &= !market;

        // "A jury ordered Samsung to pay Netlist $303 million", "pay AED 120 mn to Arabtec": the words of the dispute weigh on both
        // sides alike, but the one paid gains and the one made to pay loses.
        var payment = displaceable && document.TextHolds(text, Cues.Payment);
        if (payment && HoldsRole(text, document, spans, PaymentText.IsMadeToPay, -score))
        {
            return new CompanyScore(-Math.Max(Math.Abs(score), DisplacementScore), CompanyRules.MadeToPay);
        }

        // "faulty airbag inflators supplied by Globex", "Acme blamed Globex for the outage": the customer's trouble is the maker's.
        var fault = displaceable && document.TextHolds(text, Cues.Fault);
        if (fault && HoldsRole(text, document, spans, FaultText.IsAtFault, -score))
        {
            return new CompanyScore(-Math.Max(Math.Abs(score), DisplacementScore), CompanyRules.AtFault);
        }

        if (fault && HoldsRole(text, document, spans, FaultText.IsWronged, score))
        {
            return new CompanyScore(Math.Max(Math.Abs(score), DisplacementScore), CompanyRules.Wronged);
        }

        // "Potash prices rose, a boost for producers Nutrien and Mosaic", "the bill stalls, a relief for Visa": the writer's
        // verdict names whom the news favours or harms, whatever its other words score.
        if (displaceable && document.TextHolds(text, Cues.Verdict))
        {
            if (AllMentionsBetween(text, document, spans, BenefitText.IsFavoured))
            {
                return new CompanyScore(Math.Max(Math.Abs(score), DisplacementScore), CompanyRules.Favoured);
            }

            if (AllMentionsBetween(text, document, spans, BenefitText.IsHarmed))
            {
                return new CompanyScore(-Math.Max(Math.Abs(score), DisplacementScore), CompanyRules.Harmed);
            }
        }

        if (payment && HoldsRole(text, document, spans, PaymentText.IsPaid, score))
        {
            return new CompanyScore(Math.Max(Math.Abs(score), DisplacementScore), CompanyRules.Paid);
        }

        // "BT awarded Acme the bulk of its network", "switching its terminals from Globex to Acme", "will drop Globex": a
        // customer's business won or lost is the suppliers' news, whatever else the sentence says.
        if (displaceable && HoldsRole(text, document, spans, ContractText.Loses, -score))
        {
            return new CompanyScore(-Math.Max(Math.Abs(score), DisplacementScore), CompanyRules.ContractLost);
        }

        if (displaceable && HoldsRole(text, document, spans, ContractText.Wins, score))
        {
            return new CompanyScore(Math.Max(Math.Abs(score), DisplacementScore), CompanyRules.ContractWon);
        }

        // "ITV to pursue takeover of Entertainment One", "Acme proposes $30 bln tie-up with Globex": in a headline, the company
        // bid for is good news for it (a bid comes at a premium), unless the headline scores it worse ("bid for Globex runs into
        // trouble").
        if (headline && displaceable && score >= 0 && score < DisplacementScore && NamedInWords(text, document, entity) &&
            AllMentionsBetween(text, document, spans, DealText.IsTakeoverTarget))
        {
            return new CompanyScore(DisplacementScore, CompanyRules.TakeoverTarget);
        }

        // "Acme sells its paint unit for $900 million", "Acme teams up with Globex": in a headline, a deal is mildly
        // good news for the company that makes it and for its partner or buyer, when nothing else scores them.
        // A company named only by cashtags is a post's ("$COST sells more gold bars"), which sells goods, not businesses.
        if (headline && displaceable && score >= 0 && score < DealScore && NamedInWords(text, document, entity) &&
            (AllMentionsBetween(text, document, spans, DealText.MakesDeal) || AllMentionsBetween(text, document, spans, DealText.IsDealParty)))
        {
            return new CompanyScore(DealScore, CompanyRules.DealParty);
        }

        // "Long $ANET short $CSCO", "Sold my $NKE to buy $ONON", "puts on $ZM": a trader's position is the post's view of the company.
        var position = CashtagPosition(text, document, spans);
        if (position != 0)
        {
            // "killing my $SONY calls", "$TSLA puts got crushed": what happens to the option is the stock's move times its side.
            return new CompanyScore(position * OptionFate(text, document, spans) * Math.Max(Math.Abs(score), DisplacementScore), CompanyRules.TraderPosition);
        }

        if (displaceable && displacement && score < DisplacementScore && AllMentionsBetween(text, document, spans, DisplacementText.Displaces))
        {
            return new CompanyScore(DisplacementScore, CompanyRules.Displaces);
        }

        if (score == 0)
        {
            return default;
        }

        // Most names follow no word that can give them a role: one test of every mention spares the four. A customer decides by
        // a verb of its own after its name ("BT awarded Nokia", "Costco will drop Coca-Cola"), which most texts do not hold (its
        // stems were found with the other cues): their mentions are not read for it.
        var mayHaveRole = AllMentions(text, document, spans, AttributionText.FollowsRoleMarker);
        onlyASource = IsOnlyASource(text, tokens, document, spans, entity, namedEntities);
        var zeroedBy =
            onlyASource.Value ? CompanyRules.Source
            : (headline ? HeldStill(text, document, spans) : SharesHeldStill(text, document, spans)) ? CompanyRules.HeldStill
            : AllMentionsBetween(text, document, spans, AttributionText.NamesFormerEmployer) ? CompanyRules.FormerEmployer
            : document.TextHolds(text, Cues.Decision) && AllMentionsBetween(text, document, spans, ContractText.Decides) ? CompanyRules.Customer
            : !mayHaveRole ? null
            : AllMentions(text, document, spans, AttributionText.MeasuredAgainst) ? CompanyRules.Yardstick
            : AllMentions(text, document, spans, AttributionText.CounterpartyOf) ? CompanyRules.Counterparty
            : AttributionText.IsExchange(name) && AllMentions(text, document, spans, AttributionText.NamesVenue) ? CompanyRules.Venue
            : null;
        if (zeroedBy is not null)
        {
            return new CompanyScore(0, zeroedBy);
        }

        // Its score is bad news then, whether it came from the preference read against it among rivals or from the sentence.
        return mayHaveRole && AllMentions(text, document, spans, AttributionText.PassedOverBy)
            ? new CompanyScore(-Math.Abs(score), CompanyRules.PassedOver) : new CompanyScore(score, null);
    }

    /// <summary>
    /// Whether a phrase of the text is the writer's verdict that the news balances out (<see cref="BalanceVerdicts"/>: "net
    /// neutral", "call it a wash", "nothing burger", "could go either way"). Only the evidence is read, a few phrases.
    /// </summary>
    private static bool StatesBalance(string text, Workspace document)
    {
        for (var e = 0; e < document.DraftCount; e++)
        {
            ref readonly var draft = ref document.Drafts[e];
            if (draft.Category == Lexicon.LexiconCategory.Sentiment && BalanceVerdicts.Contains(text.AsSpan(draft.UnitStart, draft.UnitEnd - draft.UnitStart)) &&
                !AboutAnotherCompany(document, draft.Start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the sentence at <paramref name="position"/> names companies, none of them the text's first: a verdict there is
    /// on another company ("$ACME beat. As for $GLBX, nothing to see there"), not on the whole text.
    /// </summary>
    private static bool AboutAnotherCompany(Workspace document, int position)
    {
        var mentions = CollectionsMarshal.AsSpan(document.Mentions);
        if (mentions.IsEmpty)
        {
            return false;
        }

        // Binary searches keep a text of many verdicts linear: the sentences and the mentions are in text order.
        var (low, high) = (0, document.SentenceCount - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            ref readonly var sentence = ref document.Sentences[middle];
            if (position < sentence.Start)
            {
                high = middle - 1;
            }
            else if (position >= sentence.End)
            {
                low = middle + 1;
            }
            else
            {
                return OnlyOthersNamed(mentions, sentence.Start, sentence.End);
            }
        }

        return false;
    }

    /// <summary>Whether the (sorted) mentions from <paramref name="start"/> to <paramref name="end"/> name companies, none of them the text's first.</summary>
    private static bool OnlyOthersNamed(ReadOnlySpan<TickerMention> mentions, int start, int end)
    {
        var (low, high) = (0, mentions.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = mentions[middle].Start < start ? (middle + 1, high) : (low, middle);
        }

        var first = mentions[0].Company.Symbol;
        var other = false;
        for (var m = low; m < mentions.Length && mentions[m].Start < end; m++)
        {
            if (mentions[m].Company.Symbol == first)
            {
                return false;
            }

            other = true;
        }

        return other;
    }

    /// <summary>Whether the document's evidence pulls both ways: a phrase of good news and one of bad.</summary>
    private static bool HasMixedEvidence(Workspace document)
    {
        var (good, bad) = (false, false);
        for (var e = 0; e < document.DraftCount; e++)
        {
            var contribution = document.Drafts[e].Contribution;
            good |= contribution > 0;
            bad |= contribution < 0;
        }

        return good && bad;
    }

    /// <summary>
    /// Whether the text's last clause, after a semicolon, says the shares did not move: "…; shares little changed", "…; stock
    /// flat", "…; its shares were unchanged".
    /// </summary>
    private static bool EndsOnStillShares(string text)
    {
        var semicolon = text.AsSpan().LastIndexOf(';');
        if (semicolon < 0)
        {
            return false;
        }

        var after = text.AsSpan(semicolon + 1).TrimStart();
        if (after.StartsWith("its ", StringComparison.OrdinalIgnoreCase) || after.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            after = after[4..];
        }

        return AttributionText.SharesFollowedByStasis(after);
    }

    /// <summary>
    /// Whether a headline is two clauses on either side of its one semicolon, each naming a company the other does not name
    /// first, whose phrases pull opposite ways by at least <see cref="MinMixedClauseScore"/> each: "Constellation Energy jumps on
    /// data-center power deal; Vistra falls after guidance disappoints".
    /// </summary>
    private static bool SplitsOpposedCompanies(string text, Workspace document)
    {
        var semicolon = text.AsSpan().IndexOf(';');
        if (semicolon < 0 || text.AsSpan(semicolon + 1).Contains(';'))
        {
            return false;
        }

        CompanyInfo? before = null;
        CompanyInfo? after = null;
        foreach (ref readonly var mention in CollectionsMarshal.AsSpan(document.Mentions))
        {
            if (mention.Start < semicolon)
            {
                before ??= mention.Company;
            }
            else
            {
                after ??= mention.Company;
            }
        }

        if (before is null || after is null || before.Symbol == after.Symbol)
        {
            return false;
        }

        double sumBefore = 0, sumAfter = 0, topBefore = 0, topAfter = 0;
        for (var e = 0; e < document.DraftCount; e++)
        {
            ref readonly var draft = ref document.Drafts[e];
            if (draft.UnitStart < semicolon)
            {
                sumBefore += draft.Contribution;
                topBefore = Math.Max(topBefore, Math.Abs(draft.Contribution));
            }
            else
            {
                sumAfter += draft.Contribution;
                topAfter = Math.Max(topAfter, Math.Abs(draft.Contribution));
            }
        }

        return Math.Abs(sumBefore) >= MinMixedClauseScore && Math.Abs(sumAfter) >= MinMixedClauseScore && Math.Sign(sumBefore) != Math.Sign(sumAfter) &&
            Math.Min(topBefore, topAfter) >= MinMixedClauseShare * Math.Max(topBefore, topAfter);
    }

    /// <summary>
    /// The least share of the stronger clause's strongest phrase that the weaker clause's strongest needs for the headline to be
    /// mixed: "Acme tumbles 7% as orders fall; rival Globex edges higher" is bad news with an aside, not two companies' news in
    /// balance ("…; Globex jumps" is).
    /// </summary>
    private const double MinMixedClauseShare = 0.6;

    // Words that say companies or markets went different ways: "Cruise stocks split as…", "lab earnings diverge", "Asian shares
    // mixed", "post mixed results".
    private static readonly WordSet SplitWords = new("split", "splits", "diverge", "diverges", "diverged", "diverging", "mixed");

    // Words before a split word that make it a noun or a plan ("stock split", "a reverse split", "to split"), not a verb of
    // going different ways.
    private static readonly WordSet NotSplitBefore = new("stock", "share", "reverse", "bonus", "to", "a", "the", "its", "their", "will");

    // Words after a split word that make it a breakup or a parting ("split into two companies", "split off", "split with").
    private static readonly WordSet NotSplitAfter = new("into", "up", "off", "from", "with", "its", "screen");

    /// <summary>
    /// Whether the text's first sentence says, before any phrase that scores, that its companies or markets went different ways:
    /// "Parts sellers split as results arrive", "Toolmakers diverge as factory orders slump", "Stocks mixed in a quiet
    /// session", "Bus makers head in opposite directions", "Lab stocks part ways after results". A move told first keeps its
    /// weight: "Acme plunges after mixed trial results", "Storm losses split the island's insurers".
    /// </summary>
    private static bool OpensOnSplit(string text, Workspace document)
    {
        if (document.SentenceCount == 0)
        {
            return false;
        }

        ref readonly var sentence = ref document.Sentences[0];
        var firstPhrase = sentence.End;
        for (var e = sentence.EvidenceStart; e < sentence.EvidenceEnd; e++)
        {
            firstPhrase = Math.Min(firstPhrase, document.Drafts[e].Start);
        }

        ReadOnlySpan<char> previous = [];
        var i = sentence.Start;
        while (i < firstPhrase)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1])))
            {
                i++;
            }

            var word = text.AsSpan(start, i - start);
            var next = AttributionText.WordAfter(text, i, out var nextEnd);
            if (SplitWords.Contains(word) && !NotSplitBefore.Contains(previous) && !NotSplitAfter.Contains(next) ||
                (word.Equals("part", StringComparison.OrdinalIgnoreCase) || word.Equals("parts", StringComparison.OrdinalIgnoreCase)) &&
                    next.Equals("ways", StringComparison.OrdinalIgnoreCase) && !AttributionText.WordAfter(text, nextEnd, out _).Equals("with", StringComparison.OrdinalIgnoreCase) ||
                word.Equals("opposite", StringComparison.OrdinalIgnoreCase) && next.Equals("directions", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            previous = word;
        }

        return false;
    }

    /// <summary>The least sum of phrases each clause of a mixed headline has (<see cref="SplitsOpposedCompanies"/>).</summary>
    private const double MinMixedClauseScore = 0.2;

    /// <summary>How much of its score a headline of two companies' opposite news keeps (<see cref="SplitsOpposedCompanies"/>).</summary>
    private const double MixedHeadlineWeight = 0.2;

    // A writer's verdict that the news balances out, each a lexicon phrase of slight weight.
    private static readonly WordSet BalanceVerdicts = new(
        "net neutral", "net-net neutral", "call it a wash", "it's a wash", "is a wash", "was a wash", "nothing burger", "nothingburger",
        "coin flip", "could go either way", "can go either way", "yawn", "yawns", "yawned", "nothing to see here", "nothing to see",
        "nothing changed", "nothing has changed");

    /// <summary>How much of every score a text keeps when its writer says the news balances out (<see cref="StatesBalance"/>).</summary>
    private const double BalanceVerdictWeight = 0.2;

    /// <summary>
    /// The overall score of a post whose words leave it neutral but whose trader takes positions all one way ("Not selling my
    /// $LLY, the dip is noise", "Sold my $NKE, done with it"): the position is the post's view, read at
    /// <see cref="PositionOverallWeight"/> of the tickers' scores. Companies scored both ways leave the score as it is; a pair
    /// trade, positions both ways, keeps a fifth of it.
    /// </summary>
    private double WithTradersPositions(double score, TickerSentiment[] tickers)
    {
        // "Long $COST, short $TGT": a pair trade, long one company and short another, bets on the gap between them, and the post
        // says nothing of the market as a whole.
        var (longs, shorts) = (false, false);
        foreach (var ticker in tickers)
        {
            longs |= ticker.Rule == CompanyRules.TraderPosition && ticker.Score > 0;
            shorts |= ticker.Rule == CompanyRules.TraderPosition && ticker.Score < 0;
        }

        if (longs && shorts)
        {
            return score * BalanceVerdictWeight;
        }

        if (_scale.GetPolarity(score) != Polarity.Neutral)
        {
            return score;
        }

        var sum = 0.0;
        var count = 0;
        var sign = 0;
        foreach (var ticker in tickers)
        {
            // Any company scored the other way makes the post mixed ("Sold my $NKE to buy $ONON").
            if (ticker.Score != 0 && sign != 0 && Math.Sign(ticker.Score) != sign)
            {
                return score;
            }

            sign = ticker.Score != 0 ? Math.Sign(ticker.Score) : sign;
            if (ticker.Rule == CompanyRules.TraderPosition)
            {
                sum += ticker.Score;
                count++;
            }
        }

        return count == 0 ? score : PositionOverallWeight * sum / count;
    }

    /// <summary>
    /// The overall score of a text mainly about one company among others ("Lockheed Martin shares tumbled 11% after charges…
    /// Rival Northrop Grumman moved the other way"): the lead company's news is the text's own news, and the other companies'
    /// sentences, which count in the overall mean, no longer pull it toward neutral. The score moves
    /// <see cref="LeadCompanyWeight"/> of the way to the lead company's when that company's relevance is at least
    /// <see cref="LeadRelevance"/> and the next one's at most <see cref="SideRelevance"/> (tickers come sorted by relevance).
    /// </summary>
    private static double WithLeadCompany(double score, TickerSentiment[] tickers) =>
        tickers.Length >= 2 && tickers[0].Relevance >= LeadRelevance && tickers[1].Relevance <= SideRelevance
            ? score + (LeadCompanyWeight * (tickers[0].Score - score))
            : score;

    /// <summary>The least relevance of a lead company (<see cref="WithLeadCompany"/>): named in the title or the first sentence and often after.</summary>
    private const double LeadRelevance = 0.7;

    /// <summary>The most relevance of the other companies of a text with a lead company (<see cref="WithLeadCompany"/>).</summary>
    private const double SideRelevance = 0.3;

    /// <summary>How far the overall score of a text with a lead company moves toward that company's score.</summary>
    private const double LeadCompanyWeight = 0.5;

    /// <summary>How much of a trader's position a post's overall score takes when its words leave it neutral.</summary>
    private const double PositionOverallWeight = 0.5;

    /// <summary>
    /// The position a post takes in the company through its cashtags (<see cref="PositionText"/>): +1 long, -1 short, 0 for none
    /// or for both ("sold $AMD, bought more $AMD on the dip").
    /// </summary>
    private static int CashtagPosition(string text, Workspace document, ReadOnlySpan<int> spans)
    {
        var position = 0;
        foreach (var index in spans)
        {
            ref readonly var span = ref document.SortedSpans[index];
            if (text[span.Start] != '$')
            {
                continue;
            }

            var taken = PositionText.Position(text.AsSpan(0, span.Start), text.AsSpan(span.Start + span.Length));
            if (taken != 0 && position != 0 && taken != position)
            {
                return 0;
            }

            position = taken != 0 ? taken : position;
        }

        return position;
    }

    /// <summary>
    /// -1 when a phrase right around an option on the company says the option lost ("killing my $SONY calls", "$TSLA puts got
    /// crushed"), else 1 (the option was bought or won: "loading $GM puts", "$NVDA calls printing"). Only the phrases of the
    /// cashtags' sentences are read.
    /// </summary>
    private static int OptionFate(string text, Workspace document, ReadOnlySpan<int> spans)
    {
        foreach (var index in spans)
        {
            ref readonly var span = ref document.SortedSpans[index];
            var end = span.Start + span.Length;
            var optionEnd = PositionText.OptionEnd(text.AsSpan(end, Math.Min(MaxOptionGap, text.Length - end)));
            if (text[span.Start] != '$' || optionEnd < 0)
            {
                continue;
            }

            optionEnd += end;
            ref readonly var sentence = ref document.Sentences[span.Sentence];
            for (var e = sentence.EvidenceStart; e < sentence.EvidenceEnd; e++)
            {
                ref readonly var draft = ref document.Drafts[e];
                var draftEnd = draft.Start + draft.Length;
                var fate = draftEnd <= span.Start && span.Start - draftEnd <= MaxOptionGap && PositionText.OwnsOption(text.AsSpan(draftEnd, span.Start - draftEnd))
                    || draft.Start >= optionEnd && draft.Start - optionEnd <= MaxOptionGap && PositionText.BefallsOption(text.AsSpan(optionEnd, draft.Start - optionEnd))
                    || draft.Start < optionEnd && draftEnd > optionEnd; // the phrase holds the option: "calls printing"
                if (fate && draft.Contribution != 0 && !PositionText.TakesPosition(text.AsSpan(draft.Start, draft.Length)))
                {
                    return Math.Sign(draft.Contribution);
                }
            }
        }

        return 1;
    }

    /// <summary>The most chars between an option and the phrase that tells its fate ("killing all my ", " calls got ").</summary>
    private const int MaxOptionGap = 16;

    /// <summary>The score of a company that displaces another or is displaced (<see cref="DisplacementText"/>) when nothing else scores it.</summary>
    private const double DisplacementScore = 0.4;

    /// <summary>The score of a party to a deal in a headline (<see cref="DealText"/>) when nothing else scores it.</summary>
    private const double DealScore = 0.2;

    /// <summary>A company's score and the rule of <see cref="CompanyRules"/> that set it, or null when its phrases did.</summary>
    private readonly record struct CompanyScore(double Score, string? Rule);

    /// <summary>
    /// Whether a mention of the target is followed by its own results ("Central Bank Q3 net dips 13%", "… shares fall"): a
    /// listed company whose name looks like an institution's.
    /// </summary>
    private static bool ReportsResults(string text, Workspace document, int entity)
    {
        foreach (var index in document.EntitySpanIndices(entity))
        {
            ref readonly var span = ref document.SortedSpans[index];
            if (AttributionText.StartsWithResultsWord(text.AsSpan(span.Start + span.Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text before every one of an entity's <paramref name="spans"/> (indices into <see cref="Workspace.SortedSpans"/>)
    /// passes <paramref name="test"/>, which reads the role the words before a name give it: the yardstick of a move
    /// (<see cref="AttributionText.MeasuredAgainst"/>), a deal's counterparty (<see cref="AttributionText.CounterpartyOf"/>), a venue
    /// (<see cref="AttributionText.NamesVenue"/>) or the one a preference passes over (<see cref="AttributionText.PassedOverBy"/>).
    /// </summary>
    private static bool AllMentions(string text, Workspace document, ReadOnlySpan<int> spans, TextTest test)
    {
        foreach (var index in spans)
        {
            if (!test(text.AsSpan(0, document.SortedSpans[index].Start)))
            {
                return false;
            }
        }

        return spans.Length > 0;
    }

    /// <summary>
    /// Whether the entity plays the role <paramref name="test"/> reads: at every mention, or only at its first when the rest of the
    /// text does not score it clearly the other way (<paramref name="agreement"/>, its score signed by the role, is above
    /// -<see cref="DisplacementScore"/>). "A jury ordered Skechers to pay Nike $38 million. Skechers said it would appeal.": the
    /// lead tells the news, and a later mention that only reports the company's answer does not undo it.
    /// </summary>
    private static bool HoldsRole(string text, Workspace document, ReadOnlySpan<int> spans, NameTest test, double agreement)
    {
        if (spans.Length > 1 && agreement > -DisplacementScore)
        {
            ref readonly var lead = ref document.SortedSpans[spans[0]];
            return test(text.AsSpan(0, lead.Start), text.AsSpan(lead.Start + lead.Length));
        }

        return AllMentionsBetween(text, document, spans, test);
    }

    /// <summary>
    /// Whether every one of an entity's <paramref name="spans"/> passes <paramref name="test"/> given the text before and after it
    /// (a person's former employer: <see cref="AttributionText.NamesFormerEmployer"/>).
    /// </summary>
    private static bool AllMentionsBetween(string text, Workspace document, ReadOnlySpan<int> spans, NameTest test)
    {
        foreach (var index in spans)
        {
            ref readonly var span = ref document.SortedSpans[index];
            if (!test(text.AsSpan(0, span.Start), text.AsSpan(span.Start + span.Length)))
            {
                return false;
            }
        }

        return spans.Length > 0;
    }

    /// <summary>A test of a stretch of text: the text before a mention, or a sentence.</summary>
    private delegate bool TextTest(ReadOnlySpan<char> text);

    /// <summary>The entity's score, read at <see cref="HeadlineEntityGain"/> in a headline.</summary>
    private double ScoreEntity(string text, ReadOnlySpan<Token> tokens, Workspace document, int entity, int namedEntities, bool headline)
    {
        var score = MeanEntityScore(text, tokens, document, entity, namedEntities, headline);
        return headline && score != 0 ? document.HeadlineScore(score) : score;
    }

    /// <summary>
    /// Whether the text is prose whose overall score is read at <see cref="ProseGain"/>: at least <see cref="MinProseSentences"/>
    /// sentences that weigh in the score, of <see cref="MinProseLength"/> characters together (boilerplate that weighs nothing,
    /// such as a note on forward-looking statements, counts for neither).
    /// </summary>
    private static bool IsProse(Workspace document)
    {
        var sentences = 0;
        var length = 0;
        foreach (ref readonly var sentence in document.Sentences.AsSpan(0, document.SentenceCount))
        {
            if (sentence.DocumentWeight > 0)
            {
                sentences++;
                length += sentence.End - sentence.Start;
            }
        }

        return sentences >= MinProseSentences && length >= MinProseLength;
    }

    /// <summary>A score of a text of several sentences read at <see cref="ProseGain"/>: tanh(1.25 · atanh(score)).</summary>
    private static double WithProseGain(double score) =>
        score == 0 ? 0 : Math.Tanh(ProseGain * Math.Atanh(Math.Clamp(score, -0.9999, 0.9999)));

    /// <summary>A score read at <see cref="HeadlineEntityGain"/>: tanh(2.3 · atanh(score)).</summary>
    private static double WithHeadlineGain(double score) => Math.Tanh(HeadlineEntityGain * Math.Atanh(Math.Clamp(score, -0.9999, 0.9999)));

    /// <summary>
    /// A headline: one sentence that does not close with a full stop ("Sun Pharma slides as USFDA rescinds approval"), nor hold
    /// one of its own before a word in lower case, as a post does ("…turned a real profit. not mad at this one").
    /// </summary>
    private static bool IsHeadline(string text, ReadOnlySpan<Token> tokens, Workspace document)
    {
        if (document.SentenceCount != 1)
        {
            return false;
        }

        // A full stop ends a sentence of prose; an ellipsis ends a headline cut short ("…as management cull ...").
        var end = text.AsSpan().TrimEnd().TrimEnd("\"'”’)]");
        if (end.Length == 0 || end[^1] == '.' && !end.EndsWith("...", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (ref readonly var token in tokens)
        {
            if (token.Kind == TokenKind.Punctuation && token.Length == 1 && text[token.Start] == '.' && token.Start + 1 < text.Length &&
                char.IsWhiteSpace(text[token.Start + 1]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The order of the tickers: the most relevant first and, at equal relevance, the one named first ("Nvidia beats; AMD
    /// slips" lists NVDA first), then by symbol.
    /// </summary>
    private static int CompareTickers(TickerSentiment a, TickerSentiment b)
    {
        if (b.Relevance != a.Relevance)
        {
            return b.Relevance.CompareTo(a.Relevance);
        }

        var byPosition = FirstMentionStart(a).CompareTo(FirstMentionStart(b));
        return byPosition != 0 ? byPosition : string.CompareOrdinal(a.Symbol, b.Symbol);
    }

    private static int FirstMentionStart(TickerSentiment ticker) => ticker.Mentions.Count > 0 ? ticker.Mentions[0].Start : int.MaxValue;

    /// <summary>
    /// The entity's score: the weighted mean over the sentences that mention it (and, when no other company is named apart from it,
    /// the other sentences at half weight); in a sentence that also names another company, only the phrases it owns count, and
    /// in a headline or a title that names it alone, only its own clauses (<see cref="ScoreOwnClauses"/>).
    /// </summary>
    private double MeanEntityScore(string text, ReadOnlySpan<Token> tokens, Workspace document, int entity, int namedEntities, bool headline)
    {
        var sentences = document.Sentences;
        var numerator = 0.0;
        var denominator = 0.0;

        // A directory company and a caller's target named by the same words are one entity, not two rivals; a house only quoted
        // as a source ("Jefferies cut the shares to hold") is no rival either.
        var alone = document.RivalCount(entity) == 1 || RivalsOnlySources(text, tokens, document, entity, namedEntities);
        if (alone && NamedOnlyInBoilerplate(document, entity))
        {
            return 0; // "…risks such as the loss of key customers such as Walmart": named only in a release's note
        }

        if (alone)
        {
            // A market's sentences are a company's context only when the entity is no market itself ("the Nifty may not hold…"). That
            // is read at the first sentence that does not mention it: a headline or a post has none.
            bool? isMarket = null;

            // "Monster rally ahead! Sensex seen at 27k": a headline in pieces, whose capitals name nothing (looked up once, not
            // per sentence: a text of many short sentences stays linear).
            var mayNameOthers = _words is not null && document.SentenceCount > 1 && text.AsSpan().IndexOfAny('?', '!') < 0;
            for (var s = 0; s < document.SentenceCount; s++)
            {
                ref readonly var sentence = ref sentences[s];
                var mentioned = document.Mentioned(entity, s);
                if (!mentioned && !(isMarket ??= IsMarketEntity(text, document, entity)) && OpensWithMarket(text, sentence))
                {
                    continue; // "Acme ended flat. The FTSE 100 rose 1% to a record high.": the market's news, not Acme's context
                }

                if (!mentioned && mayNameOthers && OpensWithOtherName(text, document, sentence))
                {
                    continue; // "Ryanair's bookings were strong. Lufthansa cut its outlook.": another company's news
                }

                // Two sentences that both name the company, the second set against the first ("Acme beat estimates. However, the
                // company forecast sales below consensus"), weigh for it as for the text: the contrast is about it.
                var contrast = sentence.Contrast != 1 && mentioned && document.Mentioned(entity, sentence.Contrast < 1 ? s + 1 : s - 1)
                    ? sentence.Contrast : 1;
                // The stock's move told after the story ("Shares dropped 9%.", weighed as the market's verdict) is that company's.
                var weight = (mentioned || sentence.Verdict ? sentence.Weight : sentence.Weight * SingleCompanyContextWeight) * contrast;
                var score = mentioned && HiredIn(text, document, entity, sentence, s) ? 0
                    : mentioned && ScoreAsWithdrawingBidder(text, document, entity, sentence, s, out var withdrawn) ? withdrawn
                    : mentioned && ScoreInCause(text, document, entity, sentence, s, out var inCause) ? inCause
                    : mentioned && ScoreAsRival(text, document, entity, sentence, s, out var rival) ? rival
                    : mentioned && ScoreAsActingSubject(text, document, entity, sentence, s, out var acting) ? acting
                    : mentioned && MayScoreOwnClauses(sentence, headline) && ScoreOwnClauses(text, document, entity, sentence, s, out var own) &&
                      (headline || sentence.InTitle || OpposesSentence(own, sentence.Score) && NamesMarket(text, sentence)) ? own
                    : mentioned && ScoreBesidePeersClause(text, document, sentence, out var beside) ? beside
                    : sentence.Score;
                score = mentioned ? WithPurchaseOrSale(text, document, entity, sentence, s, score) : score;
                Accumulate(score, weight, UnopinionatedWeight(sentence), ref numerator, ref denominator);
            }

            return Aggregated(numerator, denominator);
        }

        var previous = -1;
        foreach (var index in document.EntitySpanIndices(entity))
        {
            var s = document.SortedSpans[index].Sentence;
            if (s < 0 || s == previous)
            {
                continue;
            }

            previous = s;
            ref readonly var sentence = ref sentences[s];
            var hasRival = document.HasRivalIn(entity, s);
            if (hasRival && TellsDivergence(text.AsSpan(sentence.Start, sentence.End - sentence.Start)))
            {
                continue; // "Acme and Globex diverge as …": which news is whose is told elsewhere
            }

            var score = IsTagLine(text, sentence) && NamesOnlyIn(document, sentence) ? ScoreBesidesTagLine(document, s)
                : HiredIn(text, document, entity, sentence, s) ? 0
                : ScoreAsWithdrawingBidder(text, document, entity, sentence, s, out var withdrawn) ? withdrawn
                : ScoreInCause(text, document, entity, sentence, s, out var inCause) ? inCause
                : !hasRival ? (ScoreAsActingSubject(text, document, entity, sentence, s, out var acting) ? acting :
                    OpensWithPronoun(text.AsSpan(sentence.Start, sentence.End - sentence.Start)) &&
                    ScoreOwnClauses(text, document, entity, sentence, s, out var own) ? own :
                    ScoreBesidePeersClause(text, document, sentence, out var beside) ? beside : sentence.Score)
                : SharesOneReference(document, s) ? ScoreOfGroup(text, tokens, document, sentence, s)
                : ScoreAmongRivals(text, tokens, document, entity, sentence, s);
            score = WithPurchaseOrSale(text, document, entity, sentence, s, score, ownClauses: hasRival);
            Accumulate(score, sentence.Weight, UnopinionatedWeight(sentence), ref numerator, ref denominator);

            // "Nike named Elliott Hill chief executive. Shares jumped 8%.": the stock's move told next, naming no one, is the
            // move of the only company the sentence before names (a person or an unlisted name there is no company of the move).
            if (MoveToldAfterOnly(document, entity, namedEntities, s) || hasRival && GroupToldAfter(text, document, entity, s))
            {
                Accumulate(sentences[s + 1].Score, sentences[s + 1].Weight, UnopinionatedWeight(sentences[s + 1]), ref numerator, ref denominator);
            }
        }

        return Aggregated(numerator, denominator);
    }

    /// <summary>The most rivals an entity may have for <see cref="RivalsOnlySources"/> to ask whether they are only sources.</summary>
    private const int MaxSourceRivals = 2;

    /// <summary>
    /// Whether every rival of the entity (at most <see cref="MaxSourceRivals"/>) is a company of the directory or a caller's target
    /// that is only quoted as a source (<see cref="IsOnlyASource"/>: "Jefferies cut the shares to hold", "…, UBS said"),
    /// in sentences that do not name the entity: the entity is then the only company the text is about, and the text's other
    /// sentences are its context. Each rival's answer is kept for the document.
    /// </summary>
    private static bool RivalsOnlySources(string text, ReadOnlySpan<Token> tokens, Workspace document, int entity, int namedEntities)
    {
        if (document.RivalCount(entity) > MaxSourceRivals + 1)
        {
            return false;
        }

        // A source in a sentence of the entity's own ("Acme looks cheap, said analysts at Jefferies") is read there as a rival,
        // whose words are its own.
        foreach (var index in document.EntitySpanIndices(entity))
        {
            var s = document.SortedSpans[index].Sentence;
            if (s >= 0 && document.HasRivalIn(entity, s))
            {
                return false;
            }
        }

        for (var other = 0; other < document.EntityCount; other++)
        {
            if (other == entity || !document.IsRival(entity, other))
            {
                continue;
            }

            if (other >= namedEntities)
            {
                return false; // another name or an unknown cashtag: a company of its own
            }

            ref var onlySource = ref document.OnlySource(other);
            if (onlySource == 0)
            {
                onlySource = IsOnlyASource(text, tokens, document, document.EntitySpanIndices(other), other, namedEntities) ? (sbyte)1 : (sbyte)-1;
            }

            if (onlySource < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the sentence after sentence <paramref name="s"/> tells a move of the stock as the market's verdict and names no
    /// one (<see cref="SentenceInfo.Verdict"/>: "Shares jumped 8%."), while sentence <paramref name="s"/> names the entity and no
    /// other company of the directory or the caller's targets (the first <paramref name="namedEntities"/> entities).
    /// </summary>
    private static bool MoveToldAfterOnly(Workspace document, int entity, int namedEntities, int s)
    {
        if (s + 1 >= document.SentenceCount || !document.Sentences[s + 1].Verdict || !document.SentenceSpans(s + 1).IsEmpty)
        {
            return false;
        }

        foreach (ref readonly var span in document.SentenceSpans(s))
        {
            if (span.Entity != entity && span.Entity < namedEntities && document.IsRival(entity, span.Entity))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether every company the sentence names is named by one and the same words, which the resolver refers to each of them
    /// ("Shares of the two operators rose 3%"): none owns the sentence's news over the others (<see cref="ScoreOfGroup"/>).
    /// </summary>
    private static bool SharesOneReference(Workspace document, int s)
    {
        var spans = document.SentenceSpans(s);
        if (spans.Length < 2)
        {
            return false;
        }

        foreach (ref readonly var span in spans)
        {
            if (span.Start != spans[0].Start || span.Length != spans[0].Length)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The score of a sentence that names a group by one reference (<see cref="SharesOneReference"/>) for each company of the
    /// group: the score of the one that owns its news among them (the strongest), which is the group's.
    /// </summary>
    private double ScoreOfGroup(string text, ReadOnlySpan<Token> tokens, Workspace document, in SentenceInfo sentence, int s)
    {
        var best = 0.0;
        foreach (ref readonly var span in document.SentenceSpans(s))
        {
            var score = ScoreAmongRivals(text, tokens, document, span.Entity, sentence, s);
            best = Math.Abs(score) > Math.Abs(best) ? score : best;
        }

        return best;
    }

    /// <summary>
    /// Whether the sentence after sentence <paramref name="s"/> names none but the companies of sentence <paramref name="s"/>, not
    /// the entity, and refers to them as a group by their number (<see cref="CountsGroup"/>): "…fines against Acme, Globex and
    /// Initech. The decision lifts a weight off the three chipmakers": its news, when it has any, is each one's.
    /// </summary>
    private static bool GroupToldAfter(string text, Workspace document, int entity, int s)
    {
        if (s + 1 >= document.SentenceCount || document.Sentences[s + 1].Score == 0 || document.Mentioned(entity, s + 1))
        {
            return false;
        }

        // A reference the resolver gave one of them ("Both companies…" to the nearest) leaves the group's news the others' too.
        foreach (ref readonly var span in document.SentenceSpans(s + 1))
        {
            if (!document.Mentioned(span.Entity, s))
            {
                return false;
            }
        }

        return CountsGroup(text.AsSpan(document.Sentences[s + 1].Start, document.Sentences[s + 1].End - document.Sentences[s + 1].Start));
    }

    // Words that count a group of companies before its plural noun: "the three chipmakers", "both lenders", "all four".
    private static readonly WordSet GroupCounts = new("both", "two", "three", "four", "five", "six");

    /// <summary>The most words between a group's count and its plural noun ("the three chipmakers").</summary>
    private const int MaxGroupNounWords = 3;

    /// <summary>
    /// Whether the sentence refers to companies as a group by their number: "both" or "the" or "all" and a number, then a plural
    /// noun within <see cref="MaxGroupNounWords"/> words ("both banks", "the two companies", "the three chipmakers"); not a
    /// figure ("two percent", "three months").
    /// </summary>
    private static bool CountsGroup(ReadOnlySpan<char> sentence)
    {
        var afterTheOrAll = false;
        for (var rest = sentence.TrimStart(); !rest.IsEmpty;)
        {
            var word = NextWord(ref rest);
            var counted = GroupCounts.Contains(word) && (afterTheOrAll || word.Equals("both", StringComparison.OrdinalIgnoreCase));
            afterTheOrAll = word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("all", StringComparison.OrdinalIgnoreCase);
            if (!counted)
            {
                continue;
            }

            var after = rest;
            for (var read = 0; read < MaxGroupNounWords && !after.IsEmpty; read++)
            {
                var noun = NextWord(ref after);
                if (GroupNouns.Contains(noun))
                {
                    return true;
                }

                if (noun.IsEmpty || !char.IsLower(noun[0]))
                {
                    break;
                }
            }
        }

        return false;
    }

    /// <summary>The next word of <paramref name="rest"/> without the punctuation after it; <paramref name="rest"/> moves past it.</summary>
    private static ReadOnlySpan<char> NextWord(ref ReadOnlySpan<char> rest)
    {
        var space = rest.IndexOf(' ');
        var word = space < 0 ? rest : rest[..space];
        rest = space < 0 ? [] : rest[(space + 1)..].TrimStart();
        return word.TrimEnd(",;:.'\u2019");
    }

    // Plural nouns of companies a group count refers to.
    /// <summary>
    /// Whether a word is the plural of a kind of company (<see cref="GroupNouns"/>: "Lenders", "Airlines") or of a maker of
    /// something ("Planemakers", "Toolmakers").
    /// </summary>
    private static bool NamesKindOfCompanies(ReadOnlySpan<char> word) =>
        GroupNouns.Contains(word) || word.Length > 7 && word.EndsWith("makers", StringComparison.Ordinal);

    private static readonly WordSet GroupNouns = new(
        "companies", "firms", "groups", "operators", "lenders", "banks", "carriers", "airlines", "retailers", "insurers",
        "automakers", "carmakers", "chipmakers", "drugmakers", "miners", "stocks", "rivals", "producers", "makers", "brands",
        "chains", "utilities", "railroads", "networks", "platforms", "giants", "names");

    /// <summary>Whether the entity's first name is a market as a whole ("Nifty", "the FTSE 100": <see cref="AttributionText.IsMarketSubject"/>).</summary>
    private static bool IsMarketEntity(string text, Workspace document, int entity)
    {
        var spans = document.EntitySpanIndices(entity);
        return spans.Length > 0 && AttributionText.IsMarketSubject(
            text.AsSpan(document.SortedSpans[spans[0]].Start, document.SortedSpans[spans[0]].Length));
    }

    /// <summary>
    /// Whether every sentence that names the entity weighs nothing (a press release's boilerplate, <see cref="Disclaimers"/>):
    /// a company named only in the note on forward-looking statements or the profile is no subject of the news, and takes none
    /// of it as context.
    /// </summary>
    private static bool NamedOnlyInBoilerplate(Workspace document, int entity)
    {
        var spans = document.EntitySpanIndices(entity);
        foreach (var index in spans)
        {
            var s = document.SortedSpans[index].Sentence;
            if (s < 0 || document.Sentences[s].Weight != 0)
            {
                return false;
            }
        }

        return spans.Length > 0;
    }

    /// <summary>
    /// The entity's score from a sentence that names no rival, when the entity is the subject right before a verb of acting on
    /// someone that has an object ("Alibaba sues a former partner for breach of contract", "Acme accuses a rival of fraud";
    /// <see cref="AttributionText.ActsOnWhatFollows"/>): only the phrases before the verb, as what follows it is about the one
    /// acted on.
    /// </summary>
    private static bool ScoreAsActingSubject(string text, Workspace document, int entity, in SentenceInfo sentence, int sentenceIndex, out double score)
    {
        score = 0;
        var evidence = document.Drafts;
        for (var e = sentence.EvidenceStart; e < sentence.EvidenceEnd; e++)
        {
            ref readonly var draft = ref evidence[e];
            // "Acme was sued by Globex": the one named after "by" acts, as a subject does.
            if (draft.IsDirection ||
                !(AttributionText.ActsOnWhatFollows(text, draft.Start, draft.Start + draft.Length) &&
                  NamedAsSubjectRightBefore(text, document.SentenceSpans(sentenceIndex), entity, draft.Start) ||
                  AttributionText.IsPassiveWithActor(text, draft.Start, draft.Start + draft.Length) &&
                  NamedRightAfterBy(text, document.SentenceSpans(sentenceIndex), entity, draft.Start + draft.Length)))
            {
                continue;
            }

            // The verb's own clause is about the one acted on; the clauses after it are the subject's again ("Tesla sues a
            // former engineer; shares fall 5%", "…as its shares crashed").
            var clauseEnd = ClauseEndAfter(text, sentence, draft.Start);
            var sum = 0.0;
            for (var other = sentence.EvidenceStart; other < sentence.EvidenceEnd; other++)
            {
                if (evidence[other].Start + evidence[other].Length <= draft.Start || evidence[other].Start >= clauseEnd)
                {
                    sum += evidence[other].Contribution;
                }
            }

            score = Math.Tanh(sum);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the entity acts in a passive before <paramref name="position"/> in the same clause: named right after the "by" of a
    /// verb of acting against someone ("was sued by Delta", <see cref="AttributionText.IsPassiveWithActor"/>), with no comma,
    /// semicolon or colon between it and the phrase. Only the names near the phrase are read.
    /// </summary>
    private static bool ActsInPassiveBefore(string text, int entity, ReadOnlySpan<SpanInfo> spans, int position)
    {
        foreach (ref readonly var span in spans)
        {
            if (span.Start >= position)
            {
                break;
            }

            if (span.Entity != entity)
            {
                continue;
            }

            var before = text.AsSpan(0, span.Start).TrimEnd(' ');
            if (!before.EndsWith(" by", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var verb = before[..^3].TrimEnd(' ');
            var end = span.Start + span.Length;
            if (AttributionText.IsPassiveWithActor(text, verb.LastIndexOf(' ') + 1, verb.Length) && end <= position &&
                text.AsSpan(end, position - end).IndexOfAny(ClauseBreaks) < 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(",;:");

    /// <summary>Whether the entity is named right after the "by" that follows <paramref name="position"/> ("sued by Delta", "by the Globex unit" is not).</summary>
    private static bool NamedRightAfterBy(string text, ReadOnlySpan<SpanInfo> spans, int entity, int position)
    {
        var rest = text.AsSpan(position).TrimStart(' ');
        if (!rest.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var at = text.Length - rest.Length + 3;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        foreach (ref readonly var span in spans)
        {
            if (span.Entity == entity && span.Start == at)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the clause that holds <paramref name="position"/> ends: at the next clause start of the sentence, or its end.</summary>
    private static int ClauseEndAfter(string text, in SentenceInfo sentence, int position)
    {
        Span<int> starts = stackalloc int[8];
        starts = starts[..AttributionText.ClauseStarts(text.AsSpan(sentence.Start, sentence.End - sentence.Start), starts)];
        var next = ClauseOf(starts, position - sentence.Start) + 1;
        return next < starts.Length ? sentence.Start + starts[next] : sentence.End;
    }

    /// <summary>
    /// Whether the entity is named right before <paramref name="position"/>, alone or in a list of names ("Meta, Google and Amazon
    /// sue the state"): only names, commas and "and" between.
    /// </summary>
    private static bool NamedAsSubjectRightBefore(string text, ReadOnlySpan<SpanInfo> spans, int entity, int position)
    {
        foreach (ref readonly var span in spans)
        {
            if (span.Entity != entity || span.Start + span.Length > position)
            {
                continue;
            }

            var at = span.Start + span.Length;
            while (true)
            {
                var gap = text.AsSpan(at, position - at);
                var trimmed = gap.TrimStart(" ,");
                if (trimmed.StartsWith("and ", StringComparison.Ordinal) || trimmed.StartsWith("& ", StringComparison.Ordinal))
                {
                    trimmed = trimmed[(trimmed.IndexOf(' ') + 1)..];
                }

                at = position - trimmed.Length;
                if (at == position || trimmed.IsWhiteSpace())
                {
                    return true;
                }

                var next = NameStartingAt(spans, at);
                if (next < 0 || at == span.Start + span.Length && gap.Length == trimmed.Length)
                {
                    break; // no name there, or a name right after this one with nothing between ("Nvidia supplier TSMC")
                }

                at = next;
            }
        }

        return false;
    }

    /// <summary>The end of a name that starts at <paramref name="offset"/>, or -1.</summary>
    private static int NameStartingAt(ReadOnlySpan<SpanInfo> spans, int offset)
    {
        foreach (ref readonly var span in spans)
        {
            if (span.Start == offset)
            {
                return span.Start + span.Length;
            }
        }

        return -1;
    }

    /// <summary>
    /// The entity's score from a sentence that also names a rival: the phrases it owns (<see cref="Owns"/>) and those that make it
    /// the rival another gains from (<see cref="RivalrySign"/>).
    /// </summary>
    private double ScoreAmongRivals(string text, ReadOnlySpan<Token> tokens, Workspace document, int entity, in SentenceInfo sentence, int sentenceIndex)
    {
        var sum = 0.0;
        var spans = document.SentenceSpans(sentenceIndex);
        var lastMention = LastMentionStart(spans, entity);
        double main = 0, conceded = 0, unweighted = 0;
        for (var e = sentence.EvidenceStart; e < sentence.EvidenceEnd; e++)
        {
            ref readonly var draft = ref document.Drafts[e];
            var near = SpansNear(spans, draft.UnitStart);
            var sign = MayBeOtherSideOfDispute(text, document, lastMention, sentence, sentenceIndex, draft) &&
                IsOtherSideOfDispute(text, near, entity, lastMention, sentence.Start, draft) ? -1
                : RivalrySign(text, near, entity, lastMention, draft);
            if (sign != 1)
            {
                sum += sign * draft.Contribution;
            }
            else if (Owns(text, tokens, document, entity, sentence, sentenceIndex, e))
            {
                // "Acme rose 8% after rival Globex warned on profits": the cause of Acme's move is Globex's own news, at the
                // weight it had before it was read as a cause (a company named after the sentence's first, right before it).
                var contribution = draft.Contribution;
                if (_lexiconScorer?.CauseWeightOf(draft) is > 0 and < 1 and var causeWeight && spans.Length > 0 && spans[0].Entity != entity &&
                    NamedRightBefore(spans, entity, draft.UnitStart))
                {
                    contribution /= causeWeight;
                }

                var weight = _lexiconScorer?.ContrastWeightOf(draft) ?? 1;
                main += weight > 1 ? contribution : 0;
                conceded += weight < 1 ? contribution : 0;
                unweighted += weight < 1 ? contribution / weight : 0;
                sum += weight == 1 ? contribution : 0;
            }
        }

        // "Apple cut its dividend, while Intel raised its payout": a contrast between two companies' news concedes neither; a
        // company whose own phrases all stand in the conceded clause keeps them at their weight before the contrast.
        sum += main == 0 && conceded != 0 && sum == 0 ? unweighted : main + conceded;
        return Math.Tanh(sum);
    }

    /// <summary>Whether the entity is named at most a few words before <paramref name="start"/>: the subject of the phrase there.</summary>
    private static bool NamedRightBefore(ReadOnlySpan<SpanInfo> spans, int entity, int start)
    {
        for (var i = spans.Length - 1; i >= 0; i--)
        {
            if (spans[i].Start < start)
            {
                return spans[i].Entity == entity && start - (spans[i].Start + spans[i].Length) <= MaxSubjectGap;
            }
        }

        return false;
    }

    /// <summary>The most chars between a subject's name and its phrase ("Globex Tools slashed its forecast": one space).</summary>
    private const int MaxSubjectGap = 16;

    /// <summary>
    /// Whether the sentence names the entity as the thing bought (<see cref="PurchaseText.IsBought"/>): "Globex to buy Acme",
    /// "raises its offer for rival Acme". A question asks about buying ("Should you buy Acme now?"); it reports no purchase.
    /// </summary>
    /// <remarks>
    /// A name that opens the sentence has no words before it, where the cue of buying must be: only the passive ("Acme to be
    /// acquired by…") is read after such a name, and it opens the words after it or is not there. Whether the sentence holds a
    /// purchase's stem was found for every sentence in one pass (<see cref="Workspace.MayHoldPurchase"/>, a bit read): it comes
    /// first, and most sentences, which hold none, read no name (the tests are pure, so the order changes no result).
    /// </remarks>
    private static bool BoughtIn(string text, Workspace document, int entity, in SentenceInfo sentence, int sentenceIndex) =>
        document.MayHoldPurchase(text, sentence, sentenceIndex) &&
        (OnlyOpens(document, entity, sentence, sentenceIndex)
            ? OpensBoughtInPassive(text, document, sentenceIndex)
            : NamedAs(text, document, entity, sentence, sentenceIndex, PurchaseText.IsBought));

    /// <summary>
    /// Whether the company that opens the sentence is bought in the passive: "Brightmere agreed to be bought by Blackstone", "Acme
    /// to be acquired by Globex" (<see cref="PurchaseText.IsBoughtInPassive"/>).
    /// </summary>
    private static bool OpensBoughtInPassive(string text, Workspace document, int sentenceIndex)
    {
        var spans = document.SentenceSpans(sentenceIndex);
        return spans.Length > 0 && PurchaseText.IsBoughtInPassive(text.AsSpan(spans[0].Start + spans[0].Length));
    }

    /// <summary>
    /// Whether the sentence names the entity's stock as sold by a holder (<see cref="SaleText.IsSoldStock"/>): "Northern Trust sells
    /// Acme shares worth $84 million", "Britain cuts its Acme stake to 12%".
    /// </summary>
    /// <remarks>
    /// Whether the sentence holds a sale's stem was found for every sentence in one pass (<see cref="Workspace.MayHoldSale"/>, a
    /// bit read, cheaper than the test of a name that opens the sentence): it comes first, and most sentences, which hold none,
    /// read no name (both are pure, so the order changes no result).
    /// </remarks>
    private static bool SoldIn(string text, Workspace document, int entity, in SentenceInfo sentence, int sentenceIndex) =>
        document.MayHoldSale(text, sentence, sentenceIndex) && NamedAs(text, document, entity, sentence, sentenceIndex, SaleText.IsSoldStock);

    /// <summary>
    /// Whether every mention of the entity in the sentence starts where the sentence does, so that <see cref="NamedAs"/> gives its
    /// test nothing before any of them.
    /// </summary>
    private static bool OnlyOpens(Workspace document, int entity, in SentenceInfo sentence, int sentenceIndex)
    {
        foreach (ref readonly var span in document.SentenceSpans(sentenceIndex))
        {
            if (span.Entity == entity && span.Start != sentence.Start)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the sentence names the entity as hired by another for a role or a task (<see cref="AttributionText.IsHired"/>):
    /// "Acme hires Globex Security to look into a data breach", "Initech names Globex Audit as its auditor after a billing
    /// scandal". Its score there is nil: the trouble it is hired for is the client's, and a mandate won is news some read as good
    /// and others as none.
    /// </summary>
    /// <remarks>No search of the sentence for a hiring verb comes first: the test reads only the word before each mention, which
    /// costs less than a search for a dozen stems in every sentence. A name that opens the sentence has no word before it, so it
    /// is never hired there (<see cref="AttributionText.IsHired"/> needs a verb with a subject before the name): most headlines
    /// start with their company, and the test of its mentions (with the list each may stand in) is spared for them.</remarks>
    private static bool HiredIn(string text, Workspace document, int entity, in SentenceInfo sentence, int sentenceIndex) =>
        !OnlyOpens(document, entity, sentence, sentenceIndex) && NamedAs(text, document, entity, sentence, sentenceIndex, AttributionText.IsHired);

    /// <summary>
    /// Whether a sentence says that companies diverge ("SLB and Halliburton diverge as international strength offsets U.S.
    /// slowdown", "Dell and HP diverged"): its news belongs to one of them, and the sentence says not which. Not a heading before a
    /// colon ("Insurers diverged on Friday: Acme rose 5%, while Globex fell 4%"): the clauses after it tell whose news is whose.
    /// </summary>
    private static bool TellsDivergence(ReadOnlySpan<char> sentence)
    {
        for (var at = sentence.IndexOf("diverg", StringComparison.OrdinalIgnoreCase); at >= 0;)
        {
            var word = PhraseText.FirstWord(sentence[at..]);
            if (at > 0 && sentence[at - 1] == ' ' && DivergeVerbs.Contains(word) && !InCauseClause(sentence[..at]) && !sentence[at..].Contains(':'))
            {
                return true;
            }

            var next = sentence[(at + word.Length)..].IndexOf("diverg", StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + word.Length + next;
        }

        return false;
    }

    private static readonly WordSet DivergeVerbs = new("diverge", "diverges", "diverged", "diverging");

    /// <summary>
    /// Whether the text before a verb opens a clause of cause or time since its last comma ("Eli Lilly jumps, Pfizer slips as rival
    /// obesity-drug data diverge"): what diverges there is the cause's subject, and each company's own clause tells its news.
    /// </summary>
    private static bool InCauseClause(ReadOnlySpan<char> before)
    {
        var clause = before[(before.LastIndexOfAny(',', ';', ':') + 1)..];
        while (!clause.IsEmpty)
        {
            var end = clause.IndexOf(' ');
            if (CauseClauseOpeners.Contains(end < 0 ? clause : clause[..end]))
            {
                return true;
            }

            clause = end < 0 ? default : clause[(end + 1)..];
        }

        return false;
    }

    private static readonly WordSet CauseClauseOpeners = new("as", "after", "because", "while", "since", "amid", "when");

    /// <summary>
    /// The entity's score from a sentence in which it withdraws its bid (<see cref="DealText.WithdrawsBid"/>): "Qualcomm walks
    /// away from approach for Intel", "Cigna abandons merger pursuit". The clause of the withdrawal says nothing of the bidder
    /// (the premium lost is the target's news, and a bidder that stops paying for a deal is read as neither good nor bad); only
    /// the clauses after it count ("Acme drops its bid for Globex, its shares rally 6%").
    /// </summary>
    private static bool ScoreAsWithdrawingBidder(string text, Workspace document, int entity, in SentenceInfo sentence, int sentenceIndex, out double score)
    {
        score = 0;

        // A withdrawal names its verb and its bid after the name, in the sentence ("Qualcomm walks away from approach for Intel":
        // "walks" and "approach"; PassesAt gives the test no word outside the sentence). Most sentences lack one of the two, and
        // the mentions in them are not read (the stems were found with the other cues, in one pass over the text).
        if (!document.SentenceHoldsAll(text, sentenceIndex, Cues.Withdrawal | Cues.Bid) ||
            text.AsSpan(sentence.Start, sentence.End - sentence.Start).TrimEnd() is [.., '?'])
        {
            return false;
        }

        var spans = document.SentenceSpans(sentenceIndex);
        for (var k = 0; k < spans.Length; k++)
        {
            if (spans[k].Entity != entity || !PassesAt(text, spans, k, sentence, DealText.WithdrawsBid))
            {
                continue;
            }

            var clauseEnd = ClauseEndAfter(text, sentence, spans[k].Start + spans[k].Length);
            var sum = 0.0;
            for (var e = sentence.EvidenceStart; e < sentence.EvidenceEnd; e++)
            {
                sum += document.Drafts[e].Start >= clauseEnd ? document.Drafts[e].Contribution : 0;
            }

            score = Math.Tanh(sum);
            return true;
        }

        return false;
    }

    private delegate bool NameTest(ReadOnlySpan<char> before, ReadOnlySpan<char> after);

    /// <summary>
    /// Whether a mention of the entity in a sentence that asks nothing passes <paramref name="test"/>, given the sentence before the
    /// mention (or before the first of the names listed with it: "buys shares of Chevron and Occidental") and after it.
    /// </summary>
    private static bool NamedAs(string text, Workspace document, int entity, in SentenceInfo sentence, int sentenceIndex, NameTest test)
    {
        if (text.AsSpan(sentence.Start, sentence.End - sentence.Start).TrimEnd() is [.., '?'])
        {
            return false;
        }

        var spans = document.SentenceSpans(sentenceIndex);
        for (var k = 0; k < spans.Length; k++)
        {
            ref readonly var span = ref spans[k];
            if (span.Entity != entity)
            {
                continue;
            }

            if (PassesAt(text, spans, k, sentence, test))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the mention <paramref name="k"/> of <paramref name="spans"/> passes <paramref name="test"/>, given the sentence before
    /// it (or before the first of the names listed with it: <see cref="FirstOfList"/>) and after it.
    /// </summary>
    private static bool PassesAt(string text, ReadOnlySpan<SpanInfo> spans, int k, in SentenceInfo sentence, NameTest test)
    {
        // The tests read the words next to the name: at most MaxNameTestReach chars on each side (a sentence of thousands of
        // mentions glued into one "word" was read whole for each of them).
        var head = FirstOfList(text, spans, k);
        ref readonly var span = ref spans[k];
        var from = Math.Max(sentence.Start, spans[head].Start - MaxNameTestReach);
        var end = span.Start + span.Length;
        return test(text.AsSpan(from, spans[head].Start - from), text.AsSpan(end, Math.Min(sentence.End - end, MaxNameTestReach)));
    }

    /// <summary>The most chars on each side of a name that a test of its role reads (<see cref="PassesAt"/>).</summary>
    private const int MaxNameTestReach = 400;

    /// <summary>
    /// The index of the first name of the list that <paramref name="k"/>'s name ends or stands in ("buys shares of Chevron and
    /// Occidental", "buy Intel, Micron and Acme"), <paramref name="k"/> itself when it is listed with none before it. A comma joins
    /// a list only when another name follows or the list ends with "and": "buy Informatica, Oracle shares little changed" starts
    /// a clause of its own. (A target named like a directory company has a twin span at its place, passed over.)
    /// </summary>
    private static int FirstOfList(string text, ReadOnlySpan<SpanInfo> spans, int k)
    {
        ref readonly var span = ref spans[k];
        var next = k + 1;
        while (next < spans.Length && spans[next].Start < span.Start + span.Length)
        {
            next++;
        }

        var listGoesOn = next < spans.Length && AttributionText.IsListGap(text.AsSpan(span.Start + span.Length, spans[next].Start - span.Start - span.Length));
        var head = k;
        while (true)
        {
            var previous = head - 1;
            while (previous >= 0 && spans[previous].Start + spans[previous].Length > spans[head].Start)
            {
                previous--;
            }

            if (previous < 0 || spans[previous].Entity == span.Entity)
            {
                return head;
            }

            var gap = text.AsSpan(spans[previous].Start + spans[previous].Length, spans[head].Start - spans[previous].Start - spans[previous].Length);
            if (!((gap.Trim() is "and" or "&" or "nor" or "+" or "/" || gap.Contains(" and ", StringComparison.Ordinal) || listGoesOn && gap.IndexOf(',') >= 0) && AttributionText.IsListGap(gap)))
            {
                return head;
            }

            listGoesOn = true; // a list that ends with "and" goes back over its commas
            head = previous;
        }
    }

    /// <summary>
    /// The entity's <paramref name="score"/> in a sentence, with <see cref="PurchaseWeight"/> more in its sum when the sentence
    /// names it as the thing bought (<see cref="BoughtIn"/>), and as much less when it names its stock sold by a holder
    /// (<see cref="SoldIn"/>). Only where the sentence is not news the other way, for the company or at all: a write-down, a
    /// lawsuit or a collapse over the purchase is the news then, as shares that rise on a stake sale are (a sale counts below
    /// <see cref="NotGoodNews"/>, so that a mild word such as "deal" does not hide it). When <paramref name="score"/> is read
    /// from the company's <paramref name="ownClauses"/> among rivals, bad news of the sentence in another's clause does not
    /// stop the purchase ("Berkshire builds Deere stake, dumps Exxon"; "…to buy Ionis, but AbbVie shares fall").
    /// </summary>
    private static double WithPurchaseOrSale(
        string text, Workspace document, int entity, in SentenceInfo sentence, int sentenceIndex, double score, bool ownClauses = false) =>
        score >= 0 && (sentence.Score >= 0 || ownClauses && BadNewsApart(text, document, entity, sentence, sentenceIndex)) &&
        BoughtIn(text, document, entity, sentence, sentenceIndex)
            ? Math.Tanh(Math.Atanh(Math.Clamp(score, -0.9999, 0.9999)) + PurchaseWeight)
            : score < NotGoodNews && sentence.Score < NotGoodNews && SoldIn(text, document, entity, sentence, sentenceIndex)
            ? Math.Tanh(Math.Atanh(Math.Clamp(score, -0.9999, 0.9999)) - PurchaseWeight)
            : score < PurchaseWeight && CalledOffIn(text, document, entity, sentence, sentenceIndex)
            ? Math.Tanh(Math.Atanh(Math.Clamp(Math.Min(score, 0), -0.9999, 0.9999)) - PurchaseWeight)
            : score;

    /// <summary>
    /// Whether every piece of bad news in the sentence is told in another clause than the entity's: a comma or a semicolon comes
    /// between it and each of the entity's names ("Berkshire builds Deere stake, dumps Exxon"; not "Globex writes down $3 billion
    /// on its acquisition of Acme", whose write-down is the purchase's news).
    /// </summary>
    private static bool BadNewsApart(string text, Workspace document, int entity, in SentenceInfo sentence, int sentenceIndex)
    {
        var drafts = document.Drafts.AsSpan(sentence.EvidenceStart, sentence.EvidenceEnd - sentence.EvidenceStart);
        foreach (var index in document.EntitySpanIndices(entity))
        {
            ref readonly var span = ref document.SortedSpans[index];
            if (span.Sentence != sentenceIndex)
            {
                continue;
            }

            foreach (ref readonly var draft in drafts)
            {
                if (draft.Contribution >= 0)
                {
                    continue;
                }

                var from = Math.Min(span.Start + span.Length, draft.Start + draft.Length);
                var to = Math.Max(span.Start, draft.Start);
                if (to <= from || text.AsSpan(from, to - from).IndexOfAny(',', ';') < 0)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the sentence names the entity as what a purchase called off would have bought (<see cref="PurchaseText.IsPurchaseCalledOff"/>):
    /// "Alphabet abandons talks to buy HubSpot". Its holders lose the premium they were offered: the purchase's own word ("to buy")
    /// does not count for it, and it takes <see cref="PurchaseWeight"/> less. A name that opens the sentence is not what is bought.
    /// </summary>
    private static bool CalledOffIn(string text, Workspace document, int entity, in SentenceInfo sentence, int sentenceIndex) =>
        document.MayHoldPurchase(text, sentence, sentenceIndex) && !OnlyOpens(document, entity, sentence, sentenceIndex) &&
        NamedAs(text, document, entity, sentence, sentenceIndex, PurchaseText.IsPurchaseCalledOff);

    /// <summary>
    /// Whether the score of a company's own clauses (<see cref="ScoreOwnClauses"/>) can replace its sentence's: in a headline or a
    /// title, or when the sentence's score is strong enough for them to oppose it (<see cref="OpposesSentence"/>). Most sentences of
    /// prose are milder, and the search of the sentence for its clauses, whose result would not count, is spared for them.
    /// </summary>
    private static bool MayScoreOwnClauses(in SentenceInfo sentence, bool headline) =>
        headline || sentence.InTitle || Math.Abs(sentence.Score) >= OpposingSentenceScore;

    /// <summary>
    /// Whether a company's own clauses say the opposite of its sentence ("Markets rallied, while Intel fell"): in prose, only then,
    /// and only when the sentence names a market whose clause the other is (<see cref="NamesMarket"/>), are they read apart from
    /// the sentence (a headline's own clauses always are). "Apple's sales in China fell, but services revenue hit a record" goes
    /// on about Apple.
    /// </summary>
    private static bool OpposesSentence(double own, double sentence) =>
        Math.Abs(sentence) >= OpposingSentenceScore && Math.Abs(own) >= OpposingOwnScore && Math.Sign(own) != Math.Sign(sentence);

    // Subjects of a clause other than a company's own, besides markets: "…, weighing on the chip industry", "while peers fell",
    // "Oil prices surged, while Delta fell", "The economy grew, while Intel cut jobs".
    private static readonly WordSet OtherSubjects = new(
        "industry", "sector", "sectors", "peers", "rivals", "competitors", "oil", "crude", "gold", "gas", "copper", "prices", "rates",
        "yields", "bonds", "treasuries", "economy", "dollar", "euro", "yen", "rupee", "sterling", "inflation", "commodities");

    /// <summary>
    /// Whether the sentence's subject is a market as a whole: one of its first three words ("The FTSE 100 rose…", "The
    /// benchmark index fell…", "Stocks slipped…").
    /// </summary>
    private static bool OpensWithMarket(string text, in SentenceInfo sentence)
    {
        var rest = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        for (var words = 0; words < 3 && !rest.IsEmpty; words++)
        {
            rest = rest.TrimStart();
            var end = 0;
            while (end < rest.Length && (char.IsLetterOrDigit(rest[end]) || rest[end] == '&'))
            {
                end++;
            }

            if (end == 0)
            {
                return false;
            }

            if (AttributionText.IsMarketSubject(rest[..end]))
            {
                return true;
            }

            rest = rest[end..];
        }

        return false;
    }

    /// <summary>Whether a word of the sentence names a market as a whole ("Markets", "stocks", "the index", "Nifty") or a sector.</summary>
    private static bool NamesMarket(string text, in SentenceInfo sentence)
    {
        var rest = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        while (!rest.IsEmpty)
        {
            var start = 0;
            while (start < rest.Length && !char.IsLetter(rest[start]))
            {
                start++;
            }

            var end = start;
            while (end < rest.Length && (char.IsLetter(rest[end]) || rest[end] == '&'))
            {
                end++;
            }

            if (end > start && (AttributionText.IsMarketSubject(rest[start..end]) || OtherSubjects.Contains(rest[start..end])))
            {
                return true;
            }

            rest = rest[end..];
        }

        return false;
    }

    /// <summary>
    /// The entity's score from the clauses about it, when the sentence that names it also has a clause with a subject of its own
    /// ("Widget makers rally as steel prices slump": the rally for the widget makers, the slump for steel). Clauses that name no
    /// subject ("…; shares soar 10%", "…, cuts more jobs") go on about the entity. False, to read the whole sentence, when the
    /// entity is named in more than one clause, when its clauses say nothing, or when no clause is left out.
    /// </summary>
    private bool ScoreOwnClauses(string text, Workspace document, int entity, in SentenceInfo sentence, int sentenceIndex, out double score)
    {
        score = 0;
        if (sentence.EvidenceEnd - sentence.EvidenceStart < 2)
        {
            return false;
        }

        // A phrase is kept only in the entity's clause and dropped only in another: with every phrase in one clause, none is dropped.
        // That is told from the text between the first and the last phrase, without finding every clause of the sentence.
        var sentenceText = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        var firstUnit = int.MaxValue;
        var lastUnit = int.MinValue;
        for (var e = sentence.EvidenceStart; e < sentence.EvidenceEnd; e++)
        {
            firstUnit = Math.Min(firstUnit, document.Drafts[e].UnitStart);
            lastUnit = Math.Max(lastUnit, document.Drafts[e].UnitStart);
        }

        // (Offsets are kept in the sentence: one before it is in its first clause, as ClauseOf reads it, and none starts at its end.)
        if (!AttributionText.MayStartClauseBetween(
                sentenceText, Math.Clamp(firstUnit - sentence.Start, 0, sentenceText.Length), Math.Clamp(lastUnit - sentence.Start, 0, sentenceText.Length)))
        {
            return false;
        }

        Span<int> starts = stackalloc int[8];
        var clauses = AttributionText.ClauseStarts(sentenceText, starts);
        if (clauses < 2)
        {
            return false;
        }

        starts = starts[..clauses];
        var spans = document.SentenceSpans(sentenceIndex);
        var own = -1;
        foreach (ref readonly var span in spans)
        {
            if (span.Entity != entity && document.IsRival(entity, span.Entity))
            {
                continue;
            }

            var clause = ClauseOf(starts, span.Start - sentence.Start);
            if (own >= 0 && clause != own)
            {
                return false;
            }

            own = clause;
        }

        // A clause has a subject of its own when words other than "shares", "it" or "but" come before its first phrase.
        // A clause about the market as a whole ("the index slips on weak banks, Acme outperforms", "stocks slide; Acme climbs") has a subject
        // of its own too.
        Span<int> firstPhrase = stackalloc int[clauses];
        Span<int> firstPhraseStart = stackalloc int[clauses];
        Span<int> firstPhraseEnd = stackalloc int[clauses];
        Span<bool> otherSubject = stackalloc bool[clauses];
        Span<int> figureStart = stackalloc int[clauses]; // the figure that opens the clause's first phrase, or -1
        Span<int> figureEnd = stackalloc int[clauses];
        Span<bool> movesShares = stackalloc bool[clauses];
        firstPhrase.Fill(int.MaxValue);
        otherSubject.Clear();
        movesShares.Clear();
        for (var e = sentence.EvidenceStart; e < sentence.EvidenceEnd; e++)
        {
            ref readonly var draft = ref document.Drafts[e];
            var clause = ClauseOf(starts, draft.UnitStart - sentence.Start);
            var partnered = draft.PartnerStart >= 0 && ClauseOf(starts, draft.PartnerStart - sentence.Start) == clause;
            var first = partnered ? Math.Min(draft.PartnerStart, draft.UnitStart) : draft.UnitStart;
            if (first < firstPhrase[clause])
            {
                firstPhrase[clause] = first;
                firstPhraseStart[clause] = draft.Start;
                firstPhraseEnd[clause] = draft.Start + draft.Length;
                // The figure moved, whichever comes first: "but PC revenue slides" (the figure, then its verb) or ", service
                // sales up 6%" (the figure itself, then its direction).
                var figureFirst = partnered && draft.PartnerStart < draft.UnitStart;
                figureStart[clause] = figureFirst ? draft.PartnerStart : partnered ? draft.UnitStart : -1;
                figureEnd[clause] = figureFirst ? draft.PartnerEnd : draft.UnitEnd;
            }

            otherSubject[clause] |= partnered && AttributionText.IsMarketSubject(text.AsSpan(draft.PartnerStart, draft.PartnerEnd - draft.PartnerStart));
            movesShares[clause] |= partnered && AttributionText.MovesBareShares(text, draft.PartnerStart, draft.PartnerEnd);
        }

        // A sentence opening with "It" or "Its" that names the entity only later goes back to another subject in its first clause.
        var opensWithPronoun = own > 0 && OpensWithPronoun(sentenceText);
        for (var clause = 0; clause < clauses; clause++)
        {
            var clauseStart = sentence.Start + starts[clause];
            // A clause after the company's own that opens after a comma or a semicolon keeps that mark, which makes it a later clause
            // to HasOwnSubject: "Otis orders fall 8%, service sales rise 6%" goes on about Otis's segments.
            var prefixStart = clause > own && starts[clause] > 0 && text[clauseStart - 1] is ',' or ';' ? clauseStart - 1 : clauseStart;
            // "Weaker yen boosts Acme, squeezes furniture importer Globex": a clause whose verb acts on a name of its own is
            // about that name, though no subject opens it; so is one before the company's own that says whom it is for ("Sales
            // boost for Morrisons as Tesco turnaround stalls").
            var clauseEnd = clause + 1 < clauses ? sentence.Start + starts[clause + 1] : sentence.End;
            // "…, but a moving slowdown sends shares down 5%": a later clause whose verb moves shares no one else owns goes on about
            // the company, whatever its subject.
            otherSubject[clause] = clause != own && firstPhrase[clause] != int.MaxValue && !(clause > own && movesShares[clause]) && (otherSubject[clause] ||
                AttributionText.HasOwnSubject(text.AsSpan(prefixStart, firstPhrase[clause] - prefixStart),
                    figureStart[clause] >= 0 ? text.AsSpan(figureStart[clause], figureEnd[clause] - figureStart[clause]) : []) ||
                clause == 0 && opensWithPronoun ||
                clause > own && firstPhraseEnd[clause] < clauseEnd &&
                AttributionText.NamesObjectAfter(text.AsSpan(firstPhraseStart[clause], firstPhraseEnd[clause] - firstPhraseStart[clause]),
                    text.AsSpan(firstPhraseEnd[clause], clauseEnd - firstPhraseEnd[clause])) ||
                clause < own && firstPhraseEnd[clause] < clauseEnd &&
                AttributionText.NamesBeneficiaryAfter(text.AsSpan(firstPhraseEnd[clause], clauseEnd - firstPhraseEnd[clause])));
        }

        var sum = 0.0;
        var unweighted = 0.0;
        var allConceded = true;
        var kept = false;
        var dropped = false;
        for (var e = sentence.EvidenceStart; e < sentence.EvidenceEnd; e++)
        {
            ref readonly var draft = ref document.Drafts[e];
            var clause = ClauseOf(starts, draft.UnitStart - sentence.Start);
            if (otherSubject[clause])
            {
                // (A dropped phrase after a kept one: the contrast is not of a main clause before the entity's.)
                allConceded &= sum == 0 && unweighted == 0;
                dropped = true;
                continue;
            }

            // A word of the name itself ("Shoppers Stop") says nothing about the company.
            kept |= clause == own && !WithinName(spans, draft.UnitStart, draft.UnitEnd);
            sum += draft.Contribution;
            var weight = _lexiconScorer?.ContrastWeightOf(draft) ?? 1;
            allConceded &= weight < 1;
            unweighted += draft.Contribution / weight;
        }

        if (own < 0 || !kept || !dropped)
        {
            return false;
        }

        // "Shares of the pump maker fell 9%, while rival Globex rose 2%": the other subject's clause left out, nothing is
        // conceded to the entity; its own clause keeps its phrases at their weight before the contrast.
        score = Math.Tanh(allConceded ? unweighted : sum);
        return true;
    }

    /// <summary>
    /// The entity's score from a sentence that names no other company but has a clause about its unnamed peers ("Brinker keeps
    /// sizzling as casual-dining peers lag", "while rivals struggled"): the phrases of that clause are the peers' news, not the
    /// entity's. False when the sentence has no such clause, or none of its phrases stands in it.
    /// </summary>
    private static bool ScoreBesidePeersClause(string text, Workspace document, in SentenceInfo sentence, out double score)
    {
        score = 0;
        if (sentence.EvidenceEnd == sentence.EvidenceStart || !PeersClause(text.AsSpan(sentence.Start, sentence.End - sentence.Start), out var start, out var end))
        {
            return false;
        }

        var sum = 0.0;
        var dropped = false;
        for (var e = sentence.EvidenceStart; e < sentence.EvidenceEnd; e++)
        {
            ref readonly var draft = ref document.Drafts[e];
            var at = draft.Start - sentence.Start;
            if (at >= start && at < end)
            {
                dropped = true;
                continue;
            }

            sum += draft.Contribution;
        }

        score = Math.Tanh(sum);
        return dropped;
    }

    /// <summary>
    /// Where a clause about unnamed peers stands in a sentence: opened by "as", "while", "whereas" or "but" with at most
    /// <see cref="MaxPeerModifiers"/> words before "peers", "rivals" or "competitors" ("as casual-dining peers lag", "while its
    /// larger rivals struggled"), up to the next comma, semicolon or the sentence's end.
    /// </summary>
    private static bool PeersClause(ReadOnlySpan<char> sentence, out int start, out int end)
    {
        start = end = 0;
        if (sentence.IndexOf("peers", StringComparison.Ordinal) < 0 && sentence.IndexOf("rivals", StringComparison.Ordinal) < 0 &&
            sentence.IndexOf("competitors", StringComparison.Ordinal) < 0)
        {
            return false; // most sentences: a vectorised search spares the walk over their words
        }

        var rest = sentence;
        var offset = 0;
        var opened = -1; // the word count since the last opener, or -1 before any
        while (!rest.IsEmpty)
        {
            var space = rest.IndexOf(' ');
            var raw = space < 0 ? rest : rest[..space];
            var word = raw.TrimEnd(",;:.");
            var wordStart = offset;
            if (PeerClauseOpeners.Contains(word))
            {
                opened = 0;
                start = wordStart;
            }
            else if (opened >= 0 && PeerWords.Contains(word))
            {
                var stop = sentence[wordStart..].IndexOfAny(',', ';');
                end = stop < 0 ? sentence.Length : wordStart + stop;
                return true;
            }
            else if (opened >= 0 && ++opened > MaxPeerModifiers)
            {
                opened = -1;
            }

            if (raw.Length > 0 && raw[^1] is ',' or ';')
            {
                opened = -1; // "as expected, rivals…": the clause ended before the word of peers
            }

            if (space < 0)
            {
                break;
            }

            offset += space + 1;
            rest = rest[(space + 1)..];
        }

        return false;
    }

    /// <summary>The most words between a clause's opener and "peers" or "rivals" ("as its larger casual-dining peers…").</summary>
    private const int MaxPeerModifiers = 3;

    private static readonly WordSet PeerClauseOpeners = new("as", "while", "whereas", "but");

    private static readonly WordSet PeerWords = new("peers", "rivals", "competitors");

    /// <summary>
    /// Whether a sentence opens with "It", "Its", "They" or "Their", or with the shares or stock of no one named ("The shares",
    /// "Shares", "The stock", "Shares of the device maker"): in a sentence that names a company only later, such an opening
    /// goes back to the sentence before ("Its shares rose even as Globex warned", "The shares sank 20%, while rival Globex
    /// gained 4%"), another subject than that company. So does the move of the stock told before ("The rally came as rival
    /// Globex slipped").
    /// </summary>
    private static bool OpensWithPronoun(ReadOnlySpan<char> sentence)
    {
        var word = FirstWordOf(sentence, out var rest);
        if (word is "It" or "Its" or "They" or "Their")
        {
            return true;
        }

        var stock = word is "The" ? FirstWordOf(rest, out rest) : word is "Shares" ? "shares" : default;
        if (!(stock is "shares" or "stock" || word is "The" && StockMoveNouns.Contains(stock)))
        {
            return false;
        }

        // "Shares of the insulin pump maker fell 9%, while rival Globex rose 2%": the shares of one described, not named, go back
        // to the company told before as well; "Shares of Globex" are Globex's.
        return !FirstWordOf(rest, out rest).Equals("of", StringComparison.OrdinalIgnoreCase) || FirstWordOf(rest, out _) is "the" or "its" or "their";
    }

    // Nouns of a stock's move that a sentence opens with, after "The", to go back to the move told before ("The rally came…").
    private static readonly WordSet StockMoveNouns = new(
        "gain", "gains", "rally", "advance", "rise", "jump", "surge", "drop", "decline", "fall", "slide", "slump", "selloff", "sell-off",
        "move", "loss", "losses");

    /// <summary>The first word of <paramref name="text"/> (letters only, after spaces), and in <paramref name="rest"/> what follows it.</summary>
    private static ReadOnlySpan<char> FirstWordOf(ReadOnlySpan<char> text, out ReadOnlySpan<char> rest)
    {
        text = text.TrimStart();
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        rest = text[end..];
        return text[..end];
    }

    /// <summary>
    /// The entity's score from a sentence that names it only in the cause of another subject's move, right after a phrase
    /// that describes it ("IT stocks fall on a strong rupee", "silver slips on a stronger dollar", "refiners climb on weaker
    /// crude"): the move is the subject's, and the entity's own news is that phrase. False, to read the sentence as usual,
    /// when a mention is elsewhere, when no move comes right before the cause, or when no phrase describes the entity.
    /// </summary>
    private static bool ScoreInCause(string text, Workspace document, int entity, in SentenceInfo sentence, int sentenceIndex, out double score)
    {
        score = 0;

        // A move and a description are two phrases, the move a direction: most sentences have fewer, and their names are
        // not looked at.
        if (sentence.EvidenceEnd - sentence.EvidenceStart < 2 || !HasDirection(document, sentence))
        {
            return false;
        }

        var cause = -1;
        var name = -1;
        foreach (ref readonly var span in document.SentenceSpans(sentenceIndex))
        {
            if (span.Entity != entity)
            {
                continue;
            }

            var opener = AttributionText.CauseOpenerBefore(text.AsSpan(sentence.Start, span.Start - sentence.Start));
            if (opener < 0 || cause >= 0)
            {
                return false;
            }

            cause = sentence.Start + opener;
            name = span.Start;
        }

        if (cause < 0)
        {
            return false;
        }

        var moved = false;
        var sum = 0.0;
        var described = false;
        for (var e = sentence.EvidenceStart; e < sentence.EvidenceEnd; e++)
        {
            ref readonly var draft = ref document.Drafts[e];
            if (draft.UnitEnd <= cause)
            {
                moved |= draft.IsDirection && !AttributionText.HasClauseBreak(text.AsSpan(draft.UnitEnd, cause - draft.UnitEnd));
            }
            else if (draft.UnitStart > cause && draft.UnitStart < name && (draft.UnitEnd > name || text.AsSpan(draft.UnitEnd, name - draft.UnitEnd).IsWhiteSpace()))
            {
                // "on strong rupee" (one phrase with the name), "on stronger dollar" (a word right before it).
                described = true;
                sum += draft.Contribution;
            }
        }

        if (!moved || !described)
        {
            return false;
        }

        score = Math.Tanh(sum);
        return true;
    }

    private static bool HasDirection(Workspace document, in SentenceInfo sentence)
    {
        for (var e = sentence.EvidenceStart; e < sentence.EvidenceEnd; e++)
        {
            if (document.Drafts[e].IsDirection)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The entity's score from a sentence in which it is the rival another does better than or gains from ("Acme outperforms rivals
    /// Globex and Initech", "Acme loses market share to Globex") or the other side of a dispute another won ("a start-up won a
    /// patent lawsuit against Acme"): those phrases count as <see cref="AttributionText.RivalrySign"/> and
    /// <see cref="IsOtherSideOfDispute"/> say, the rest as they are. False when no phrase is such.
    /// </summary>
    private static bool ScoreAsRival(string text, Workspace document, int entity, in SentenceInfo sentence, int sentenceIndex, out double score)
    {
        score = 0;
        var spans = document.SentenceSpans(sentenceIndex);
        var lastMention = LastMentionStart(spans, entity);
        var sum = 0.0;
        var rival = false;
        for (var e = sentence.EvidenceStart; e < sentence.EvidenceEnd; e++)
        {
            ref readonly var draft = ref document.Drafts[e];
            var near = SpansNear(spans, draft.UnitStart);
            var sign = MayBeOtherSideOfDispute(text, document, lastMention, sentence, sentenceIndex, draft) &&
                IsOtherSideOfDispute(text, near, entity, lastMention, sentence.Start, draft) ? -1
                : RivalrySign(text, near, entity, lastMention, draft);
            rival |= sign != 1;
            sum += sign * draft.Contribution;
        }

        if (!rival)
        {
            return false;
        }

        score = Math.Tanh(sum);
        return true;
    }

    /// <summary>
    /// <see cref="AttributionText.RivalrySign"/> for the entity's first name after the phrase, 1 when there is none.
    /// <paramref name="lastMention"/> is the start of the entity's last name in <paramref name="spans"/> (<see cref="LastMentionStart"/>).
    /// </summary>
    private static int RivalrySign(string text, ReadOnlySpan<SpanInfo> spans, int entity, int lastMention, in LexiconScorer.EvidenceDraft draft)
    {
        // Most phrases come after the entity's last name (a headline names the company first) or name no rival: one compare and
        // then the test of the phrase come before the search for the name, which is linear in the names.
        if (draft.UnitEnd > lastMention)
        {
            return 1;
        }

        if (!AttributionText.MayNameRival(text.AsSpan(draft.UnitStart, draft.UnitEnd - draft.UnitStart)))
        {
            // "AMD gains market share at the expense of Intel": the name displaced by the news, whatever its phrase, a few words
            // on; only the spans that near are read (a long sentence may name the company many times).
            for (var i = FirstSpanAtOrAfter(spans, draft.UnitEnd); i < spans.Length && spans[i].Start - draft.UnitEnd <= MaxExpenseGap; i++)
            {
                if (spans[i].Entity == entity)
                {
                    // "A rally in Alphabet offset weakness in Broadcom": the weakness made up for is still Broadcom's.
                    var between = text.AsSpan(draft.UnitEnd, spans[i].Start - draft.UnitEnd);
                    return AttributionText.IsAtExpenseOf(between) || AttributionText.IsOffsetTroubleOf(NegatorOf(text, draft), between) ? -1 : 1;
                }
            }

            return 1;
        }

        foreach (ref readonly var span in spans)
        {
            if (span.Entity == entity && span.Start >= draft.UnitEnd)
            {
                if (AttributionText.IsAtExpenseOf(text.AsSpan(draft.UnitEnd, span.Start - draft.UnitEnd)))
                {
                    return -1;
                }

                // "Acme lost customers to Globex": the quantity the verb moves comes before the name.
                var end = draft.PartnerStart >= draft.UnitEnd && draft.PartnerEnd <= span.Start ? draft.PartnerEnd : draft.UnitEnd;
                var between = text.AsSpan(end, span.Start - end);
                return AttributionText.HasClauseBreak(between) ? 1 :
                    AttributionText.RivalrySign(text.AsSpan(draft.UnitStart, draft.UnitEnd - draft.UnitStart), between);
            }
        }

        return 1;
    }

    /// <summary>
    /// Whether <see cref="IsOtherSideOfDispute"/> can hold for the phrase: only when the entity is named after it (its last name,
    /// <paramref name="lastMention"/>, does not start before the phrase's end) and the sentence has a verb of winning or losing
    /// (<see cref="Workspace.MayHoldDisputeOutcome"/>). The first test comes first: most phrases follow the company's last name (a
    /// headline names it first), and the search of the sentence for a verb, once per sentence, is then spared.
    /// </summary>
    private static bool MayBeOtherSideOfDispute(
        string text, Workspace document, int lastMention, in SentenceInfo sentence, int sentenceIndex, in LexiconScorer.EvidenceDraft draft) =>
        lastMention >= draft.Start + draft.Length && document.MayHoldDisputeOutcome(text, sentence, sentenceIndex);

    /// <summary>
    /// Whether the entity is the other side of a dispute whose outcome the phrase tells (<see cref="TellsDisputeOutcome"/>):
    /// "Masimo won a patent lawsuit against Apple" is a loss for Apple, "Apple lost its appeal against Masimo" a win for Masimo.
    /// </summary>
    private static bool IsOtherSideOfDispute(string text, ReadOnlySpan<SpanInfo> spans, int entity, int lastMention, int sentenceStart, in LexiconScorer.EvidenceDraft draft)
    {
        var phraseEnd = draft.Start + draft.Length;
        if (lastMention < phraseEnd || !AttributionText.MayTellDisputeOutcome(text.AsSpan(sentenceStart, draft.Start - sentenceStart),
                text.AsSpan(draft.Start, draft.Length), NegatorOf(text, draft)))
        {
            return false;
        }

        // The other side is named within a few words: the spans from the phrase's end on are read only that far (a long
        // sentence may name the company many times).
        for (var i = FirstSpanAtOrAfter(spans, phraseEnd); i < spans.Length && spans[i].Start - phraseEnd <= MaxDisputeGap; i++)
        {
            if (spans[i].Entity == entity)
            {
                return AttributionText.NamesOtherSideOfDispute(text.AsSpan(draft.Start, draft.Length), text.AsSpan(phraseEnd, spans[i].Start - phraseEnd));
            }
        }

        return false;
    }

    /// <summary>The index of the first of <paramref name="spans"/> (sorted by start) that starts at or after <paramref name="position"/>.</summary>
    private static int FirstSpanAtOrAfter(ReadOnlySpan<SpanInfo> spans, int position)
    {
        int low = 0, high = spans.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (spans[middle].Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The most chars from a phrase to the name after "at the expense of" ("gains market share in Europe at the expense of rival ").</summary>
    private const int MaxExpenseGap = 96;

    /// <summary>The most chars between a dispute's outcome and the other side ("… patent lawsuit brought by ").</summary>
    private const int MaxDisputeGap = 48;

    private static ReadOnlySpan<char> NegatorOf(string text, in LexiconScorer.EvidenceDraft draft) =>
        draft.NegatorEnd > draft.NegatorStart ? text.AsSpan(draft.NegatorStart, draft.NegatorEnd - draft.NegatorStart) : [];

    /// <summary>
    /// Whether the phrase tells who came out of a dispute ahead, with <paramref name="between"/> leading to the other side
    /// (<see cref="AttributionText.NamesOtherSideOfDispute"/>).
    /// </summary>
    private static bool TellsDisputeOutcome(string text, int sentenceStart, in LexiconScorer.EvidenceDraft draft, ReadOnlySpan<char> between) =>
        AttributionText.MayTellDisputeOutcome(text.AsSpan(sentenceStart, draft.Start - sentenceStart), text.AsSpan(draft.Start, draft.Length), NegatorOf(text, draft)) &&
        AttributionText.NamesOtherSideOfDispute(text.AsSpan(draft.Start, draft.Length), between);

    /// <summary>The start of the entity's last span among <paramref name="spans"/> (sorted by start), -1 when it has none.</summary>
    private static int LastMentionStart(ReadOnlySpan<SpanInfo> spans, int entity)
    {
        for (var i = spans.Length - 1; i >= 0; i--)
        {
            if (spans[i].Entity == entity)
            {
                return spans[i].Start;
            }
        }

        return -1;
    }

    private static bool WithinName(ReadOnlySpan<SpanInfo> spans, int start, int end)
    {
        foreach (ref readonly var span in spans)
        {
            if (span.Start <= start && end <= span.Start + span.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static int ClauseOf(ReadOnlySpan<int> starts, int offset)
    {
        var clause = 0;
        while (clause + 1 < starts.Length && starts[clause + 1] <= offset)
        {
            clause++;
        }

        return clause;
    }

    /// <summary>
    /// Whether a company is named by a word at all: one named only by cashtags ("$AAPL") is never quoted as a source, and
    /// posts name many, so the source tests are spared for them.
    /// </summary>
    private static bool NamedInWords(string text, Workspace document, int entity)
    {
        foreach (var index in document.EntitySpanIndices(entity))
        {
            if (char.IsLetter(text[document.SortedSpans[index].Start]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A company that is only a messenger ("according to Moody's", "a Deutsche Bank survey", "partner at Globex Investments") has no
    /// sentiment of its own, nor has one quoted as a forecaster in a story about others ("Refinitiv projected…"); a headline
    /// that quotes a company alone ("Shire says its drug was approved") keeps its score.
    /// </summary>
    private static bool IsOnlyASource(string text, ReadOnlySpan<Token> tokens, Workspace document, ReadOnlySpan<int> spans, int entity, int namedEntities)
    {
        if (spans.IsEmpty)
        {
            return false;
        }

        // "Acme was downgraded at Globex. The broker said Acme's guidance looks stretched", "… The broker said it sees limited
        // upside": a house that rated or published speaks for it again when it opens a statement, even one that starts with
        // itself, as a company that only speaks for itself does not.
        var onlyMessenger = true;
        var anyMessenger = false;
        var speaks = false;
        foreach (var index in spans)
        {
            ref readonly var span = ref document.SortedSpans[index];
            var position = SourceMentions.Classify(text, tokens, document.RuleWordsOfTokens, span.Start, span.Start + span.Length);
            if (position != SourcePosition.Messenger && (SourceMentions.CreditsANote(text.AsSpan(span.Start + span.Length)) ||
                ResearchHouses.PersonSpeaks(text.AsSpan(span.Start, span.Length), text.AsSpan(span.Start + span.Length))))
            {
                position = SourcePosition.Messenger; // "…," UBS wrote in a research note; "Goldman's Jan Hatzius said…"
            }

            // "…after a Barclays note said the group looks cheap": a reference by a noun right after a house's research
            // names what the research is about, not the house again.
            if (position == SourcePosition.None && anyMessenger && onlyMessenger && IsReferenceByNoun(text, span))
            {
                position = SourcePosition.Messenger;
            }

            if (position == SourcePosition.None)
            {
                // A house's view of others counts too, over an adverb: "JPMorgan also warned that the Atlanta-based company's…".
                var after = ResearchHouses.AfterArm(text.AsSpan(span.Start, span.Length), text.AsSpan(span.Start + span.Length));
                var opens = SourceMentions.OpensStatement(after);
                if (!opens && !SourceMentions.OpensViewOnOthers(after))
                {
                    return false;
                }

                // Only a reference by a noun ("The broker said it sees…") may start with itself: a name that does ("Goldman
                // said its profit rose") speaks of its own business.
                if (opens && !SourceMentions.OpensStatementOnOthers(after) && !IsReferenceByNoun(text, span))
                {
                    return false;
                }

                speaks = true;
            }

            anyMessenger |= position == SourcePosition.Messenger;
            onlyMessenger &= position == SourcePosition.Messenger;
        }

        if (speaks && !anyMessenger)
        {
            return SpeaksAsHouseOfOthers(text, document, spans, entity);
        }

        // A company that opens what it says ("…, United Airlines said demand remained robust") speaks of the companies named
        // after it; one credited after what it said ("…, JPMorgan said in a note", "…, added CNBC") of those before it.
        ref readonly var first = ref document.SortedSpans[spans[0]];
        return onlyMessenger || document.SentenceCount > 1 ||
               (SourceMentions.OpensStatement(text.AsSpan(first.Start + first.Length))
                   ? RivalNamedAfter(document, entity, namedEntities, first.Start)
                   : document.RivalCount(entity, namedEntities) > 1);
    }

    /// <summary>Whether a span refers back by a noun ("the group", "the broker") rather than by a name.</summary>
    private static bool IsReferenceByNoun(string text, in SpanInfo span) =>
        text.AsSpan(span.Start, span.Length).StartsWith("the ", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the entity that speaks is a research house (<see cref="ResearchHouses"/>) that speaks of a company named before
    /// it ("AbbVie shares climbed 5%, and Morgan Stanley said the guidance lift removes a key overhang on the stock"): every
    /// mention names a house, another company is named before the first, and the house reports no results of its own.
    /// </summary>
    private static bool SpeaksAsHouseOfOthers(string text, Workspace document, ReadOnlySpan<int> spans, int entity)
    {
        foreach (var index in spans)
        {
            ref readonly var span = ref document.SortedSpans[index];
            if (!ResearchHouses.IsHouse(text.AsSpan(span.Start, span.Length)))
            {
                return false;
            }
        }

        // The entity's spans are in the sorted order, so every span before its first is another company's: one named before it
        // starts earlier than that first span.
        var namedBefore = document.SortedSpans[0].Start < document.SortedSpans[spans[0]].Start;
        return namedBefore && !ReportsResults(text, document, entity);
    }

    /// <summary>
    /// Whether a rival of the entity is named after <paramref name="start"/> (its first mention) in a text of one sentence: a
    /// forecaster names those it speaks of after it ("Refinitiv projected Acme's sales…"), while a company that speaks after
    /// the others are named speaks of itself ("Unlike Delta, which warned…, United Airlines said demand remained robust").
    /// </summary>
    private static bool RivalNamedAfter(Workspace document, int entity, int namedEntities, int start)
    {
        foreach (ref readonly var span in document.SentenceSpans(0))
        {
            if (span.Start > start && span.Entity != entity && span.Entity < namedEntities && document.IsRival(entity, span.Entity))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a phrase counts for <paramref name="entity"/>: it does when the entity is named before the phrase with no other
    /// phrase in between ("Acme and Globex accused" counts for both), or, when no company is named before it, when the
    /// entity is the first named after it.
    /// </summary>
    private static bool Owns(string text, ReadOnlySpan<Token> tokens, Workspace document, int entity, in SentenceInfo sentence, int sentenceIndex, int index)
    {
        var evidence = document.Drafts;
        var position = evidence[index].UnitStart; // the phrase itself, not a quantity it pairs with ("stocks … were down")

        // "Chevron agrees to buy Hess; both stocks fall", "shares of both fell": a move of both or all the companies named is
        // each one's.
        if (AttributionText.SaidOfAll(text.AsSpan(sentence.Start, evidence[index].Start - sentence.Start), text.AsSpan(evidence[index].Start, position - evidence[index].Start)))
        {
            return true;
        }

        var spans = SpansNear(document.SentenceSpans(sentenceIndex), position);
        if (ActsInPassiveBefore(text, entity, spans, position))
        {
            return false; // "CrowdStrike was sued by Delta over the outage": the one suing owns neither the suit nor the outage
        }

        if (PaysPremium(text, spans, entity, evidence[index]))
        {
            return false; // "after Globex agreed to acquire the installer for $310 a share, a 28% premium": the one bought gains it
        }

        var roles = document.RolesOf(text, index);

        // "Globex upgrades Acme Power", "Jefferies downgraded Acme": the company rated, not the one rating.
        var phraseEnd = evidence[index].Start + evidence[index].Length;
        var ratingVerb = (roles & PhraseRoles.RatingVerb) != 0;
        if ((roles & PhraseRoles.RatingChange) != 0 || ratingVerb)
        {
            foreach (ref readonly var span in spans)
            {
                if (span.Start >= phraseEnd && document.IsRival(entity, span.Entity))
                {
                    // "… and cut Intel to hold": a verb of rating falls on the company it gives a rating, as does a house's ("Mizuho
                    // raises Intel on price cuts").
                    if (text.AsSpan(phraseEnd, span.Start - phraseEnd).IsWhiteSpace() &&
                        (!ratingVerb || AttributionText.GivesRating(text.AsSpan(span.Start + span.Length)) ||
                         AttributionText.ClosesRatedName(text.AsSpan(span.Start + span.Length)) &&
                         ResearchHouses.EndsWithHouse(text.AsSpan(sentence.Start, evidence[index].Start - sentence.Start))))
                    {
                        return span.Entity == entity;
                    }

                    break;
                }
            }
        }

        // "Bank of America rose 3.2% and Citigroup 2.8%", "Persimmon fell 8%, Taylor Wimpey 7% and Barratt 6%": a name with
        // a percentage of its own after a measured move takes the move whose verb the list leaves out.
        // Not a signed percentage, a move of its own ("Walmart comps +4.5%, Target -3%").
        // So does a move of "shares" or "stock" ("Acme shares rose 4%, Globex 3% and Initech 1%").
        if (evidence[index].IsDirection && (evidence[index].MeasuredMove || IsMoveOfStock(text, evidence[index])) && char.IsLetter(text[evidence[index].Start]) &&
            InGappedMoves(text, document, spans, entity, phraseEnd))
        {
            return true;
        }

        // "Morningstar lowered its fair value estimate for Nestle", "UBS cut its earnings forecasts for Siemens": a house's
        // estimate falls on the company it is for, not on the house.
        if ((roles & PhraseRoles.EstimateVerb) != 0 && NameAfter(text, document, entity, spans, position, RevisesEstimateOf) is var estimated and >= 0)
        {
            return estimated == entity || InListAfter(text, document, entity, spans, estimated, position);
        }

        // "…that also lifted shares of its peers Lyft and DoorDash": the companies whose shares moved.
        ref readonly var draft = ref evidence[index];
        if ((roles & PhraseRoles.SharesAfter) != 0)
        {
            var owner = FirstNamedAfterOf(text, document, entity, spans, draft.PartnerEnd);
            if (owner >= 0)
            {
                return owner == entity || InListAfter(text, document, entity, spans, owner);
            }
        }

        // "Tesla's price war wiped out Ford's profit", "weak demand slashed Acme's sales": the company whose quantity a move after
        // the phrase's verb takes.
        if (draft.IsDirection && draft.PartnerStart > draft.UnitEnd && OwnerOfQuantity(text, spans, draft.UnitEnd, draft.PartnerStart) is var holder and >= 0 &&
            (holder == entity || document.IsRival(entity, holder)))
        {
            return holder == entity;
        }

        // "Berkshire dumps Exxon", "Acme sues Globex", "a bid for Globex": a company right after a verb that acts on it is the one
        // the verb falls on (not so "Acme outperforms Globex" or "Acme wins Globex contract": the subject's news).
        // A move is its object's only when the verb alone is the phrase ("Acme's results lifted Globex"; "bookings lifted" moves the bookings).
        var onObject = (roles & PhraseRoles.FallsOnObject) != 0;
        if ((roles & (PhraseRoles.FallsOnObject | PhraseRoles.SharedAction)) != 0 &&
            (draft.Category == Lexicon.LexiconCategory.Sentiment && !draft.IsDirection || onObject && draft.IsDirection && draft.PartnerStart < 0))
        {
            foreach (ref readonly var span in spans)
            {
                if (span.Start >= phraseEnd && document.IsRival(entity, span.Entity))
                {
                    var gap = text.AsSpan(phraseEnd, span.Start - phraseEnd);
                    // "…, pressuring BYD and Nio": names the directory does not know may open the list of objects.
                    if (gap.IsWhiteSpace() || onObject && (AttributionText.IsObjectGap(gap) || AttributionText.WithoutListedNamesAtEnd(gap.TrimEnd()).IsWhiteSpace()))
                    {
                        // A deal or a partnership falls on both sides ("Acme buys Globex", "Acme partners with Globex").
                        if (span.Entity == entity || InListAfter(text, document, entity, spans, span.Entity, phraseEnd - 1))
                        {
                            return true;
                        }

                        if (onObject)
                        {
                            return false;
                        }
                    }

                    break;
                }
            }
        }

        // "Alibaba sues a former partner", "Acme rejects a rival's bid": the verb falls on its object even when that is no company
        // found, and the company right before it is the one acting ("Acme sued over emissions", "Acme was fined" are its own).
        if (onObject && AttributionText.ActsOnWhatFollows(text, draft.Start, phraseEnd) && NamedAsSubjectRightBefore(text, spans, entity, draft.Start))
        {
            return false;
        }

        // "CrowdStrike was sued by Delta": the one named after "by" is the one acting, as a subject is.
        if (onObject && AttributionText.IsPassiveWithActor(text, draft.Start, phraseEnd) && NamedRightAfterBy(text, spans, entity, phraseEnd))
        {
            return false;
        }

        // "RINL gets Sebi nod": the regulator that approves is not the one approved of.
        if ((roles & PhraseRoles.Approval) != 0 && NamedRightBefore(text, spans, entity, draft.UnitStart))
        {
            return false;
        }

        // "Globex overweight on Initech", "bullish on Infosys", "bet on Canara", "Sebi imposes a penalty on Safari":
        // the company the view or the sanction is on.
        foreach (ref readonly var span in (roles & PhraseRoles.View) != 0 ? spans : [])
        {
            if (span.Start >= phraseEnd && document.IsRival(entity, span.Entity) || span.Entity == entity && span.Start >= phraseEnd)
            {
                if (AttributionText.IsViewOn(text.AsSpan(phraseEnd, span.Start - phraseEnd)))
                {
                    // "Masimo won a patent lawsuit against Apple": the win is the subject's (the other side's loss is counted by
                    // IsOtherSideOfDispute).
                    if (document.MayHoldDisputeOutcome(text, sentence, sentenceIndex) && TellsDisputeOutcome(text, sentence.Start, draft, text.AsSpan(phraseEnd, span.Start - phraseEnd)))
                    {
                        break;
                    }

                    return span.Entity == entity;
                }

                break;
            }
        }

        // "JPMorgan warned that Boeing's guidance looks too optimistic", "regulators warned Boeing": the company the warning is
        // about, not the one that gives it.
        if ((roles & PhraseRoles.Warning) != 0 && NameAfter(text, document, entity, spans, phraseEnd, IsWarningAbout) is var warned and >= 0)
        {
            return warned == entity || InListAfter(text, document, entity, spans, warned, phraseEnd - 1);
        }

        // "Qatar Airways placed a firm order for 160 Boeing jets", "an order with Airbus": the maker of what is ordered, not the buyer.
        if ((roles & PhraseRoles.Order) != 0 && NameAfter(text, document, entity, spans, phraseEnd, IsOrderFor) is var maker and >= 0)
        {
            return maker == entity || InListAfter(text, document, entity, spans, maker, phraseEnd - 1);
        }

        // "Short seller Gotham City Research questioned Acme's accounting": the label is no news of the seller it names.
        foreach (ref readonly var span in (roles & PhraseRoles.ShortSeller) != 0 ? spans : [])
        {
            if (span.Start >= phraseEnd)
            {
                if (span.Entity == entity && text.AsSpan(phraseEnd, span.Start - phraseEnd).IsWhiteSpace())
                {
                    return false;
                }

                break;
            }
        }

        // "Nvidia's results were a blow to AMD", "piling pressure on Walmart and Target", "bad news for Intel": the companies the
        // news is for.
        foreach (ref readonly var span in (roles & PhraseRoles.Effect) != 0 ? spans : [])
        {
            if (span.Start >= phraseEnd && (span.Entity == entity || document.IsRival(entity, span.Entity)))
            {
                var between = text.AsSpan(phraseEnd, span.Start - phraseEnd);
                if (AttributionText.IsEffectOn(text.AsSpan(draft.Start, draft.Length), between))
                {
                    return span.Entity == entity || InListAfter(text, document, entity, spans, span.Entity, phraseEnd - 1);
                }

                // "Top gainers on the Nasdaq included…": a venue may come before the movers are named.
                if (!AttributionText.IsMover(text.AsSpan(draft.Start, draft.Length)) || between.IndexOfAny(',', ';') >= 0)
                {
                    break;
                }
            }
        }

        // Only the phrases just before are read: a sentence's phrases come in text order, and one of thousands ("cut cut cut…")
        // must not read every earlier one (quadratic).
        var previousEvidenceEnd = sentence.Start;
        for (var e = Math.Max(sentence.EvidenceStart, index - MaxPreviousPhrases); e < index; e++)
        {
            if (evidence[e].Start + evidence[e].Length <= position)
            {
                previousEvidenceEnd = Math.Max(previousEvidenceEnd, evidence[e].Start + evidence[e].Length);
            }
        }

        // "Berkshire cuts Apple stake, posts record profit": a clause that opens with a verb after a comma goes on about the
        // sentence's subject, not the object named last. That subject does not depend on the company asking: it is found once per
        // phrase.
        if (!document.TryGetSubject(index, out var subject))
        {
            subject = ContinuesSubject(text, tokens, document.RuleWordsOfTokens, spans, sentence.Start, position, out subject) ||
                PossessedBySubject(text, spans, sentence.Start, position, phraseEnd, out subject) ? subject : -1;
            document.SetSubject(index, subject);
        }

        if (subject >= 0)
        {
            return subject == entity || !document.IsRival(entity, subject); // a target named like the subject is the subject
        }

        // "Apple's iPhone sales slip in China as Huawei gains": a clause whose subject is a name the directory does not know is
        // that name's news, no company's here.
        if (HasUnlistedSubject(text, spans, sentence.Start, draft.Start))
        {
            return false;
        }

        // "Acme and Globex accused": the company named last before the phrase, after the previous phrase and in its clause, and
        // every company listed with it ("Acme, Globex and Initech fell"); not one that only labels it ("Apple supplier Foxconn
        // cut…", "Tesla rival Rivian beat…"), one in another part of the clause ("$AAPL flat, $TSLA crushed") or one set aside
        // between commas ("Rivian, a Tesla rival backed by Amazon, cut…").
        if (InSubjectList(text, document, entity, spans, sentence.Start, previousEvidenceEnd, position, index))
        {
            return true;
        }

        // The owner: the company named last before the phrase, else the first named after it (among the entity's rivals). When
        // every entity is every other's rival, the owners are the same whichever company asks: they are found once per phrase.
        if (!document.SharesAttribution || !document.TryGetOwners(index, out var before, out var after))
        {
            (before, after) = Owners(text, tokens, document, entity, spans, sentence.Start, position);
            if (document.SharesAttribution)
            {
                document.SetOwners(index, before, after);
            }
        }

        // "Disney names Goldman Sachs as adviser on the sale of its struggling TV unit": what follows a company hired for a role
        // or a task is about the client named before it.
        if (before >= 0 && before != entity && HiredRightBefore(text, spans, before, sentence, position))
        {
            return IsClientOf(entity, before, spans);
        }

        // "UnitedHealth and Humana each fell 3% as investors worried about costs": the phrase is in the cause of a move that the
        // owner named last before it made in a list, and so is every listed company's.
        if (before >= 0 && before != entity && InCauseOfMove(text, evidence, sentence.EvidenceStart, index) &&
            ListedWithLastBefore(text, spans, entity, before, position))
        {
            return true;
        }

        if (before >= 0 || after < 0 || after == entity)
        {
            return (before >= 0 ? before : after) == entity;
        }

        // "Tuesday's gains are led by Qualcomm, Broadcom and Nvidia": every company in the list that follows the phrase.
        return InListAfter(text, document, entity, spans, after, position);
    }

    /// <summary>
    /// Whether the phrase at <paramref name="index"/> stands in the cause of a move before it in the sentence: the move is followed,
    /// over at most <see cref="MaxWordsToCause"/> words of its measure, by the opener of its cause and the cause's first phrase
    /// ("fell about 3% as investors worried", "rose 2% after the upgrade"), and no semicolon or colon comes before the phrase.
    /// </summary>
    private static bool InCauseOfMove(string text, ReadOnlySpan<LexiconScorer.EvidenceDraft> evidence, int evidenceStart, int index)
    {
        // The move may come a few phrases before, in the same cause ("as investors worried that rising costs would squeeze…").
        for (var move = index - 1; move >= evidenceStart && move >= index - MaxPhrasesInCause; move--)
        {
            // (A phrase's span may start before the one listed ahead of it, which it pairs with: the text between may be empty.)
            var causeStart = evidence[move + 1].Start;
            if (text.AsSpan(causeStart, Math.Max(0, evidence[index].Start - causeStart)).IndexOfAny(';', ':') >= 0)
            {
                return false;
            }

            if (evidence[move].IsDirection && OpensCause(text, evidence[move].Start + evidence[move].Length, causeStart))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text from <paramref name="from"/> to <paramref name="to"/>, after a move, opens its cause: at most
    /// <see cref="MaxWordsToCause"/> words of the move's measure, then "as", "on", "after", "following" or "amid".
    /// </summary>
    private static bool OpensCause(string text, int from, int to)
    {
        var gap = text.AsSpan(from, Math.Max(0, to - from));
        for (var words = 0; ;)
        {
            gap = gap.TrimStart();
            if (gap.IsEmpty)
            {
                return false;
            }

            var space = gap.IndexOf(' ');
            var word = space < 0 ? gap : gap[..space];
            gap = space < 0 ? default : gap[space..];

            if (AttributionText.IsCauseOpener(word) || word.Equals("as", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (++words > MaxWordsToCause || !(char.IsDigit(word[0]) || MeasureWords.Contains(word)))
            {
                return false;
            }
        }
    }

    /// <summary>The most phrases of a cause before the one asked about.</summary>
    private const int MaxPhrasesInCause = 4;

    /// <summary>The most words of a move's measure before the opener of its cause ("about 3%", "as much as 4%").</summary>
    private const int MaxWordsToCause = 4;

    // Words of a move's measure: "about 3%", "nearly 5 percent".
    private static readonly WordSet MeasureWords = new("about", "roughly", "nearly", "almost", "around", "some", "each", "percent", "pct", "points", "%");

    /// <summary>
    /// Whether the entity stands in the list (<see cref="FirstOfList"/>) of the last mention of <paramref name="owner"/> before
    /// <paramref name="position"/>: "UnitedHealth and Humana".
    /// </summary>
    private static bool ListedWithLastBefore(string text, ReadOnlySpan<SpanInfo> spans, int entity, int owner, int position)
    {
        var last = -1;
        for (var i = 0; i < spans.Length && spans[i].Start < position; i++)
        {
            last = spans[i].Entity == owner ? i : last;
        }

        if (last < 0)
        {
            return false;
        }

        for (var i = FirstOfList(text, spans, last); i < last; i++)
        {
            if (spans[i].Entity == entity)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the entity is named after a measured move that ends at <paramref name="moveEnd"/> in a list of names each with a
    /// percentage and no verb: "rose 3.2% and Citigroup 2.8%", "fell 8%, Taylor Wimpey 7% and Barratt 6%". At most
    /// <see cref="MaxGappedMoves"/> names are read.
    /// </summary>
    private static bool InGappedMoves(string text, Workspace document, ReadOnlySpan<SpanInfo> spans, int entity, int moveEnd)
    {
        var at = moveEnd;
        var next = FirstSpanAtOrAfter(spans, at);
        for (var listed = 0; listed < MaxGappedMoves && next < spans.Length; listed++)
        {
            // The percentage of the move before, then a separator, then the next name right there.
            var rest = text.AsSpan(at, Math.Min(spans[next].Start - at, MaxGapText));
            var percent = AttributionText.PercentEnd(rest);
            if (percent < 0)
            {
                return false;
            }

            var separator = AttributionText.ListSeparatorEnd(rest[percent..]);
            if (separator < 0 || percent + separator != spans[next].Start - at)
            {
                return false;
            }

            var nameEnd = spans[next].Start + spans[next].Length;
            var own = text.AsSpan(nameEnd, Math.Min(text.Length - nameEnd, MaxGapText));
            if (AttributionText.PercentEnd(own) < 0 || own.TrimStart() is [ '+' or '-' or '−', ..])
            {
                return false;
            }

            // A directory company and a caller's target named by the same words are one (their spans start at the same place).
            for (var same = next; same < spans.Length && spans[same].Start == spans[next].Start; same++)
            {
                if (spans[same].Entity == entity || !document.IsRival(entity, spans[same].Entity))
                {
                    return true;
                }
            }

            at = nameEnd;
            next++;
            while (next < spans.Length && spans[next].Start < at)
            {
                next++;
            }
        }

        return false;
    }

    /// <summary>Whether a direction pairs with a word of stock before it ("shares rose", "stock fell").</summary>
    private static bool IsMoveOfStock(string text, in LexiconScorer.EvidenceDraft draft) =>
        draft.PartnerStart >= 0 && draft.PartnerStart < draft.UnitStart &&
        AttributionText.IsShareWord(text.AsSpan(draft.PartnerStart, draft.PartnerEnd - draft.PartnerStart));

    /// <summary>The most names a gapped list of moves is read over (<see cref="InGappedMoves"/>).</summary>
    private const int MaxGappedMoves = 12;

    /// <summary>The most chars between two names of a gapped list ("3.2 percentage points, and ").</summary>
    private const int MaxGapText = 40;

    /// <summary>
    /// The entity of the first name at or after <paramref name="from"/> that is the entity or one of its rivals, when
    /// <paramref name="test"/> passes for the text from <paramref name="from"/> to it and the text after it (at most
    /// <see cref="MaxLeadToName"/> chars before it); else -1. What a verb says of the name after it: a house's estimate, a
    /// warning, an order.
    /// </summary>
    private static int NameAfter(string text, Workspace document, int entity, ReadOnlySpan<SpanInfo> spans, int from, NameTest test)
    {
        foreach (ref readonly var span in spans)
        {
            if (span.Start >= from && (span.Entity == entity || document.IsRival(entity, span.Entity)))
            {
                return span.Start - from <= MaxLeadToName && test(text.AsSpan(from, span.Start - from), text.AsSpan(span.Start + span.Length))
                    ? span.Entity : -1;
            }
        }

        return -1;
    }

    /// <summary>"lowered its fair value estimate for " Nestle "after…" (<see cref="AttributionText.RevisesEstimateFor"/>).</summary>
    private static bool RevisesEstimateOf(ReadOnlySpan<char> lead, ReadOnlySpan<char> after) =>
        AttributionText.RevisesEstimateFor(lead) && AttributionText.EndsEstimatedCompany(after);

    private static bool IsWarningAbout(ReadOnlySpan<char> lead, ReadOnlySpan<char> after) => AttributionText.IsWarningAbout(lead);

    private static bool IsOrderFor(ReadOnlySpan<char> lead, ReadOnlySpan<char> after) => AttributionText.IsOrderFor(lead);

    /// <summary>The longest text from a verb to the name it speaks of that <see cref="NameAfter"/> reads.</summary>
    private const int MaxLeadToName = 80;

    /// <summary>The most phrases before a phrase that <see cref="Owns"/> reads for the end of the previous one.</summary>
    private const int MaxPreviousPhrases = 32;

    /// <summary>
    /// Whether the phrase is a premium ("a 28% premium to Friday's close") that the entity, named last before it, pays for what
    /// it buys: a verb of buying or paying, or an offer, comes between the name and the premium, within
    /// <see cref="MaxPremiumReach"/> characters.
    /// </summary>
    private static bool PaysPremium(string text, ReadOnlySpan<SpanInfo> spans, int entity, in LexiconScorer.EvidenceDraft draft)
    {
        var phrase = text.AsSpan(draft.Start, draft.Length);
        if (phrase.IndexOf("premium", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        for (var i = spans.Length - 1; i >= 0; i--)
        {
            if (spans[i].Start + spans[i].Length > draft.Start)
            {
                continue;
            }

            var end = spans[i].Start + spans[i].Length;
            return spans[i].Entity == entity && draft.Start - end <= MaxPremiumReach &&
                (ContainsBuyingWord(text.AsSpan(end, draft.Start - end)) || IsStockPaid(text, spans[i].Start, end));
        }

        return false;
    }

    /// <summary>
    /// Whether the name between <paramref name="start"/> and <paramref name="end"/> is the stock a buyer pays with: a figure
    /// before it and "share" or "shares" after it ("holders will receive 0.5 Globex share for each share, a 24% premium").
    /// </summary>
    private static bool IsStockPaid(string text, int start, int end)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        var after = text.AsSpan(end);
        return !before.IsEmpty && char.IsAsciiDigit(before[^1]) && before.Length < start &&
            (after.StartsWith(" share ", StringComparison.OrdinalIgnoreCase) || after.StartsWith(" shares ", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The most characters from a buyer's name to the premium it pays ("agreed to acquire the insulation installer for $310 a share in cash, a 28% premium").</summary>
    private const int MaxPremiumReach = 160;

    private static readonly string[] BuyingWords = ["acquire", "buy", "bought", "purchase", "offer", "pay", "paid", "bid"];

    private static bool ContainsBuyingWord(ReadOnlySpan<char> gap)
    {
        foreach (var word in BuyingWords)
        {
            if (gap.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The names of a sentence that can own a phrase at <paramref name="position"/>: all of them, or in a sentence of more than
    /// twice <see cref="MaxNamesAround"/> names, that many on each side of the phrase (each phrase's tests read its names, and a
    /// sentence of thousands of names and phrases was quadratic; no sentence of news names that many companies).
    /// </summary>
    private static ReadOnlySpan<SpanInfo> SpansNear(ReadOnlySpan<SpanInfo> spans, int position)
    {
        if (spans.Length <= 2 * MaxNamesAround)
        {
            return spans;
        }

        // The first name after the phrase, by binary search (the spans are in text order).
        int low = 0, high = spans.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = spans[middle].Start <= position ? (middle + 1, high) : (low, middle);
        }

        var from = Math.Max(0, low - MaxNamesAround);
        return spans[from..Math.Min(spans.Length, low + MaxNamesAround)];
    }

    private const int MaxNamesAround = 32;

    /// <summary>
    /// Whether the last mention of <paramref name="hired"/> before <paramref name="position"/> names it as hired
    /// (<see cref="AttributionText.IsHired"/>). Only that mention is read, found by halving and a few steps back: the test runs
    /// for each phrase, and a long sentence may name the company many times.
    /// </summary>
    private static bool HiredRightBefore(string text, ReadOnlySpan<SpanInfo> spans, int hired, in SentenceInfo sentence, int position)
    {
        var after = FirstSpanAtOrAfter(spans, position);
        for (var k = after - 1; k >= 0 && k >= after - 8; k--)
        {
            if (spans[k].Entity == hired)
            {
                // A name that opens the sentence (as a house that rates another mostly does) has no word before it, so it is not hired
                // there (AttributionText.IsHired needs a verb with a subject before the name).
                return spans[k].Start != sentence.Start && text.AsSpan(sentence.Start, sentence.End - sentence.Start).TrimEnd() is not [.., '?'] &&
                    PassesAt(text, spans, k, sentence, AttributionText.IsHired);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the entity is named before the first mention of <paramref name="hired"/> in the sentence: the client of a company
    /// hired there ("Disney names Goldman Sachs as adviser…").
    /// </summary>
    private static bool IsClientOf(int entity, int hired, ReadOnlySpan<SpanInfo> spans)
    {
        foreach (ref readonly var span in spans)
        {
            if (span.Entity == hired)
            {
                return false;
            }

            if (span.Entity == entity)
            {
                return true; // a company hired itself scores nothing here (MeanEntityScore asks HiredIn first)
            }
        }

        return false;
    }

    /// <summary>The most chars between "its" and the phrase it owns ("its struggling foundry business").</summary>
    private const int MaxPossessedGap = 24;

    /// <summary>
    /// The index of the last "its " in <paramref name="span"/> (ignoring case), as <c>LastIndexOf("its ",
    /// StringComparison.OrdinalIgnoreCase)</c> finds it: no char above ASCII equals an ASCII char ignoring case, so the ASCII letters
    /// folded and the space compared exactly give the same answer. The test runs for each phrase of a company's sentences, and the
    /// framework's search ignoring case (not vectorised for so short a span) was most of its time.
    /// </summary>
    private static int LastIndexOfIts(ReadOnlySpan<char> span)
    {
        for (var i = span.Length - 4; i >= 0; i--)
        {
            if (span[i + 3] == ' ' && (span[i + 2] | 0x20) == 's' && (span[i + 1] | 0x20) == 't' && (span[i] | 0x20) == 'i')
            {
                return i;
            }
        }

        return -1;
    }

    // Words before a name that make it no subject: the object of a preposition ("chips for Amazon Web Services", "rights to NBA
    // games", "carriers such as T-Mobile").
    private static readonly WordSet ObjectPrepositions = new(
        "for", "to", "from", "with", "by", "at", "in", "on", "of", "into", "against", "as", "like", "over");

    /// <summary>
    /// Whether the phrase at <paramref name="position"/> (ending at <paramref name="phraseEnd"/>) follows "its" or ends right
    /// before it, and the company named last before it is the object of a preposition: "its" then stands for the sentence's
    /// subject (<paramref name="subject"/>, named at its start), not for that object ("Intel won a contract to make chips for
    /// Amazon Web Services, a boost for its struggling foundry business", "…after losing the rights to NBA games, sending its
    /// shares down 9%").
    /// </summary>
    private static bool PossessedBySubject(string text, ReadOnlySpan<SpanInfo> spans, int sentenceStart, int position, int phraseEnd, out int subject)
    {
        subject = -1;
        if (spans.Length < 2 || spans[0].Start != sentenceStart)
        {
            return false;
        }

        // "its" before the phrase, or right after it ("a boost for its foundry business").
        var from = Math.Max(sentenceStart, position - MaxPossessedGap);
        var its = LastIndexOfIts(text.AsSpan(from, position - from));
        if (its >= 0 && (from + its == 0 || !char.IsLetter(text[from + its - 1])))
        {
            its += from;
        }
        else if (text.AsSpan(phraseEnd).TrimStart().StartsWith("its ", StringComparison.OrdinalIgnoreCase))
        {
            its = position;
        }
        else
        {
            return false;
        }

        // The company named last before "its": after a preposition, and another than the subject.
        var last = FirstSpanAtOrAfter(spans, Math.Min(its, position)) - 1;
        if (last <= 0 || spans[last].Entity == spans[0].Entity)
        {
            return false;
        }

        // The object of a preposition, or of an infinitive ("would leave to run Starbucks, sending its shares down 7.5%").
        var before = text.AsSpan(sentenceStart, spans[last].Start - sentenceStart).TrimEnd();
        var space = before.LastIndexOf(' ');
        var verbSpace = space > 0 ? before[..space].TrimEnd().LastIndexOf(' ') : -1;
        if (!ObjectPrepositions.Contains(space < 0 ? before : before[(space + 1)..]) &&
            !(space > 0 && before[..space].TrimEnd()[(verbSpace + 1)..].Equals("to", StringComparison.OrdinalIgnoreCase) &&
              char.IsLower(before[space + 1])))
        {
            return false;
        }

        // "…a stake in Globex, which wants its partner to…": a relative clause makes the object its subject.
        var lastEnd = spans[last].Start + spans[last].Length;
        var between = text.AsSpan(lastEnd, Math.Max(0, Math.Min(its, position) - lastEnd));
        if (between.Contains(" which ", StringComparison.OrdinalIgnoreCase) || between.Contains(" who ", StringComparison.OrdinalIgnoreCase) ||
            between.Contains(" that ", StringComparison.OrdinalIgnoreCase) || between.StartsWith(", which", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        subject = spans[0].Entity;
        return true;
    }

    // Verbs that open a clause without a subject of their own after a comma ("…, posts record profit", "…, sees weak demand").
    private static readonly WordSet ContinuingVerbs = new(
        "posts", "reports", "raises", "cuts", "sees", "expects", "warns", "names", "builds", "plans", "says", "wins", "loses",
        "beats", "misses", "buys", "sells", "hikes", "lifts", "lowers", "trims", "slashes", "announces", "launches", "files",
        "signs", "agrees", "secures", "bags", "gets", "receives", "adds", "keeps", "maintains", "flags", "books", "logs",
        "records", "declares", "targets", "eyes", "scraps", "delays", "halts", "suspends", "resumes", "boosts", "reaffirms",
        "shares", "stock");

    /// <summary>The most chars looked back from a phrase for the comma that opens its clause.</summary>
    private const int MaxContinuedClause = 60;

    /// <summary>
    /// Whether the phrase at <paramref name="position"/> is in a clause that opens with a verb after a comma, a semicolon or "and"
    /// ("…, posts record profit", "… and cuts its dividend"), or with shares that name no owner after a comma or a semicolon
    /// ("…; shares tumble 13%"), in a sentence that opens with a company acting on another ("Berkshire cuts Apple stake, …"): the clause
    /// goes on about that first company (<paramref name="subject"/>), whose name must be the sentence's first words, with no
    /// name after the comma, and which is no broker passing on its calls. <paramref name="ruleWords"/> are the tokens' rule lists
    /// (<see cref="Workspace.RuleWordsOfTokens"/>).
    /// </summary>
    private static bool ContinuesSubject(
        string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<RuleWords> ruleWords, ReadOnlySpan<SpanInfo> spans, int sentenceStart, int position, out int subject)
    {
        subject = -1;
        if (spans.Length < 2 || spans[0].Start != sentenceStart)
        {
            return false;
        }

        var from = Math.Max(sentenceStart, position - MaxContinuedClause);
        var window = text.AsSpan(from, position - from);
        // The comma, the semicolon or the "and" that opens the clause ("3M completes the spin-off of Solventum and cuts its
        // dividend": a second verb of the subject's).
        var opener = window.LastIndexOfAny(',', ';');
        var and = window.LastIndexOf(" and ", StringComparison.Ordinal);
        var joined = and > opener;
        opener = joined ? and + 4 : opener;
        if (opener < 0)
        {
            return false;
        }

        // The verb may open the phrase itself (", raises outlook"); "shares" or "stock" with no owner named are the subject's
        // ("Macy's ends talks with two funds; shares tumble 13%").
        opener += from;
        var rest = text.AsSpan(opener + 1, Math.Min(text.Length, position + MaxContinuedClause) - opener - 1).TrimStart();
        var space = rest.IndexOf(' ');
        if (space < 0 || !ContinuingVerbs.Contains(rest[..space]) && (joined || !OpensWithOwnShares(rest)))
        {
            return false;
        }

        // The first clause names the subject, then a verb, then another company; nothing named after the comma.
        if (spans[^1].Start > opener)
        {
            return false;
        }

        // (A caller's target named like the subject has a twin span at its place, passed over with it.)
        var subjectEnd = spans[0].Start + spans[0].Length;
        var second = 1;
        while (second < spans.Length && (spans[second].Entity == spans[0].Entity || spans[second].Start < subjectEnd))
        {
            second++;
        }

        if (second >= spans.Length || spans[second].Start > opener || opener < subjectEnd)
        {
            return false;
        }

        var verbs = text.AsSpan(subjectEnd, spans[second].Start - subjectEnd);
        if (verbs.Trim().IsEmpty || verbs.IndexOf(',') >= 0)
        {
            return false;
        }

        // "Globex downgrades Acme to neutral, raises target price", "Globex cuts Acme target, sees weak deliveries": a broker's
        // next call is on the company it rates.
        if (AttributionText.NamesRatingOrTarget(text.AsSpan(subjectEnd, opener - subjectEnd)) ||
            SourceMentions.Classify(text, tokens, ruleWords, spans[0].Start, spans[0].Start + spans[0].Length) == SourcePosition.Messenger)
        {
            return false;
        }

        subject = spans[0].Entity;
        return true;
    }

    /// <summary>Whether a clause opens with shares or stock whose owner it does not name: "shares tumble 13%", "its stock fell".</summary>
    private static bool OpensWithOwnShares(ReadOnlySpan<char> clause)
    {
        var word = PhraseText.FirstWord(clause);
        if (word.Equals("its", StringComparison.OrdinalIgnoreCase) || word.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            word = PhraseText.FirstWord(clause[word.Length..].TrimStart());
        }

        return word.Equals("shares", StringComparison.OrdinalIgnoreCase) || word.Equals("stock", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The most characters from a phrase to the company a broker passes it on to ("Goldman trims Acme earnings estimates"); past it
    /// the phrase is the broker's own, and a sentence of thousands of phrases does not read the whole gap for each of them.
    /// </summary>
    private const int MaxPassedOnReach = 400;

    /// <summary>
    /// The owners of a phrase at <paramref name="position"/> among <paramref name="entity"/>'s rivals in <paramref name="spans"/>: the
    /// entity named last before it (-1 for none, or for a broker that passes the phrase on), and the first named after it (-1 for none).
    /// </summary>
    private static (int Before, int After) Owners(string text, ReadOnlySpan<Token> tokens, Workspace document, int entity, ReadOnlySpan<SpanInfo> spans, int sentenceStart, int position)
    {
        // The spans are in text order: the owner before is the last rival named up to the phrase and not set aside (read from the
        // phrase backwards, so a sentence of thousands of names does not test each of them for every phrase), the owner after the
        // first rival named after it.
        var next = 0;
        while (next < spans.Length && spans[next].Start <= position)
        {
            next++;
        }

        var before = -1;
        var beforeSpan = -1;
        for (var i = next - 1; i >= 0; i--)
        {
            if (document.IsRival(entity, spans[i].Entity) && !InAside(text, sentenceStart, spans[i], position))
            {
                before = spans[i].Entity;
                beforeSpan = i;
                break;
            }
        }

        var after = -1;
        var afterStart = -1;
        for (var i = next; i < spans.Length; i++)
        {
            ref readonly var span = ref spans[i];
            if (!document.IsRival(entity, span.Entity))
            {
                continue;
            }

            // "Chip stocks surge; Initech and Globex tank": after a phrase with a subject of its own, a name after a semicolon is in a
            // clause of its own ("Downgraded to sell; Initech" names what the phrase is about).
            if (!document.HasSemicolon(text, position, span.Start) || !HasSubjectBefore(text, sentenceStart, position))
            {
                after = span.Entity;
                afterStart = span.Start;
            }

            break;
        }

        // "Goldman trims Acme earnings estimates", "Globex analysts see weak demand for Acme": a broker or its research that
        // speaks of a company named after the phrase passes the phrase on to it.
        if (before >= 0 && after >= 0 && after != before && afterStart - position <= MaxPassedOnReach &&
            !AttributionText.HasClauseOpener(text.AsSpan(position, afterStart - position)) &&
            SourceMentions.Classify(text, tokens, document.RuleWordsOfTokens, spans[beforeSpan].Start, spans[beforeSpan].Start + spans[beforeSpan].Length) == SourcePosition.Messenger)
        {
            before = -1;
        }

        return (before, after);
    }

    /// <summary>Whether words other than "shares", "it" or "but" come before <paramref name="position"/> in its part of the sentence (after a semicolon).</summary>
    private static bool HasSubjectBefore(string text, int sentenceStart, int position)
    {
        var clause = text.AsSpan(sentenceStart, position - sentenceStart);
        return AttributionText.HasOwnSubject(clause[(clause.LastIndexOf(';') + 1)..]);
    }

    /// <summary>
    /// Whether <paramref name="entity"/> is the subject of a phrase at <paramref name="position"/>, or listed with it: the last rival
    /// named from <paramref name="from"/> to the phrase with no clause break in between and not set aside between commas, and the
    /// names before it joined to it by list connectors only ("Acme, Globex and Initech", "Acme (NYSE: ACME) and Globex").
    /// </summary>
    /// <remarks>
    /// When every entity is every other's rival (<see cref="Workspace.SharesAttribution"/>), the list does not depend on which entity
    /// asks: it is walked once per phrase (<paramref name="draft"/>), and the entities in it are kept for the other companies.
    /// </remarks>
    private static bool InSubjectList(string text, Workspace document, int entity, ReadOnlySpan<SpanInfo> spans, int sentenceStart, int from, int position, int draft)
    {
        if (!document.SharesAttribution)
        {
            return SubjectList(text, document, entity, spans, sentenceStart, from, position, out _);
        }

        if (!document.TryGetSubjectList(draft, out var listedEntities))
        {
            SubjectList(text, document, entity, spans, sentenceStart, from, position, out listedEntities);
            document.SetSubjectList(draft, listedEntities);
        }

        return (listedEntities & (1UL << entity)) != 0;
    }

    /// <summary>
    /// <see cref="InSubjectList"/> for <paramref name="entity"/>, walked for it; <paramref name="listedEntities"/> gets a bit for every
    /// entity (below 64) in the same list, whether <paramref name="entity"/> is in it or not.
    /// </summary>
    private static bool SubjectList(string text, Workspace document, int entity, ReadOnlySpan<SpanInfo> spans, int sentenceStart, int from, int position, out ulong listedEntities)
    {
        listedEntities = 0;
        var candidate = LastSubjectCandidate(text, document, entity, spans, sentenceStart, from, position, spans.Length);
        while (candidate >= 0)
        {
            // Walk back through the names listed with the candidate: "Acme, Globex and Initech".
            var listed = false;
            var listedBits = 0UL;
            var label = false;
            var head = candidate;
            for (var i = candidate; ;)
            {
                listed |= spans[i].Entity == entity && !label;
                listedBits |= !label && spans[i].Entity < 64 ? 1UL << spans[i].Entity : 0;
                head = i;
                var previous = i - 1;
                while (previous >= 0 && (!document.IsRival(entity, spans[previous].Entity) || spans[previous].Start + spans[previous].Length > spans[i].Start))
                {
                    previous--;
                }

                if (previous < 0 || spans[previous].Start < from)
                {
                    break;
                }

                // A label before a name ("Apple supplier Foxconn") is not in the subject, but the list may go on before it
                // ("Microsoft, Apple and YouTube owner-Alphabet gained").
                var gapStart = spans[previous].Start + spans[previous].Length;
                var join = AttributionText.JoinOf(text.AsSpan(gapStart, spans[i].Start - gapStart));

                // "Despite a strong quarter at Costco, Walmart lowered…", "Unlike Coca-Cola, PepsiCo cut…": the comma closes a
                // phrase put before the subject, not a list.
                if (join == AttributionText.NameJoin.None ||
                    join == AttributionText.NameJoin.List && AttributionText.InFrontedPhrase(text.AsSpan(sentenceStart, spans[previous].Start - sentenceStart)) &&
                    text.AsSpan(gapStart, spans[i].Start - gapStart).Trim() is ",")
                {
                    break;
                }

                label = join == AttributionText.NameJoin.Label || join == AttributionText.NameJoin.Symbol && label;
                i = previous;
            }

            // A list after a preposition is no subject when a name comes before it ("Tesla's plants in Ohio and Lyon were
            // struggling"); alone, it is ("with ASML, KLA and Lam Research each up 3%", "shares in Persimmon dropped").
            var earlier = AttributionText.FollowsPlacePreposition(text.AsSpan(sentenceStart, spans[head].Start - sentenceStart))
                ? LastSubjectCandidate(text, document, entity, spans, sentenceStart, from, position, head)
                : -1;
            if (earlier < 0)
            {
                listedEntities = listedBits;
                return listed;
            }

            candidate = earlier;
        }

        return false;
    }

    /// <summary>
    /// The last of the first <paramref name="count"/> spans that may be the subject of a phrase at <paramref name="position"/>: a
    /// rival named from <paramref name="from"/> on, with no clause break before the phrase and not set aside between commas; or -1.
    /// </summary>
    private static int LastSubjectCandidate(string text, Workspace document, int entity, ReadOnlySpan<SpanInfo> spans, int sentenceStart, int from, int position, int count)
    {
        // Read from the phrase backwards (the spans are in text order): the first that qualifies is the last, and a clause break
        // between a name and the phrase lies between every earlier name and the phrase too.
        var end = 0;
        while (end < count && spans[end].Start <= position)
        {
            end++;
        }

        for (var i = end - 1; i >= 0 && spans[i].Start >= from; i--)
        {
            ref readonly var span = ref spans[i];
            if (!document.IsRival(entity, span.Entity))
            {
                continue;
            }

            if (AttributionText.HasClauseBreak(text.AsSpan(span.Start, position - span.Start)) && !BreakOnlyInRelativeClause(text, span, position))
            {
                break;
            }

            if (!InAside(text, sentenceStart, span, position))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the only clause break between a name and a phrase is a relative clause about the name, closed by a comma before
    /// the phrase: "Shares of Quanta and Wistron, which both build servers, climbed" (the list is still the subject).
    /// </summary>
    private static bool BreakOnlyInRelativeClause(string text, in SpanInfo span, int position)
    {
        var end = span.Start + span.Length;
        var after = text.AsSpan(end, Math.Min(position - end, MaxAsideLead));
        if (!after.StartsWith(", which ", StringComparison.Ordinal) && !after.StartsWith(", who ", StringComparison.Ordinal))
        {
            return false;
        }

        var close = after[1..].IndexOf(',');
        if (close < 0)
        {
            return false;
        }

        var rest = end + close + 2;
        return !AttributionText.HasClauseBreak(text.AsSpan(rest, position - rest));
    }

    // How far before a name an aside's opening comma may stand, in characters: longer than any aside of news.
    private const int MaxAsideLead = 240;

    /// <summary>
    /// Whether a name before a phrase is set aside between commas: "Rivian, a Tesla rival backed by Amazon, cut…", "TSMC, which
    /// makes chips for Apple, reported…" (the comma before the name opens an aside, and another comma closes it before the phrase).
    /// </summary>
    private static bool InAside(string text, int sentenceStart, in SpanInfo span, int position)
    {
        // The comma that closes the aside, at most MaxAsideLead characters after the name (a sentence of thousands of phrases
        // after a name without a comma was read whole for each phrase).
        var end = span.Start + span.Length;
        var after = position <= end ? [] : text.AsSpan(end, Math.Min(position - end, MaxAsideLead));
        if (after.IndexOf(',') < 0)
        {
            return false;
        }

        // "…, a worrying sign for Target, which has struggled…", "…, a sharp break from Globex, whose bookings climbed 8%": a relative
        // clause right after the name is about it, and the phrase in it is the name's.
        if ((after.StartsWith(", which ", StringComparison.Ordinal) || after.StartsWith(", who ", StringComparison.Ordinal) ||
             after.StartsWith(", whose ", StringComparison.Ordinal)) && after[1..].IndexOf(',') < 0)
        {
            return false;
        }

        // The comma that opens the aside, at most MaxAsideLead characters before the name (a sentence of thousands of names
        // without a comma was read whole for each phrase).
        var from = Math.Max(sentenceStart, span.Start - MaxAsideLead);
        var open = text.AsSpan(from, span.Start - from).LastIndexOf(',');
        if (open < 0)
        {
            return false;
        }

        // "Microsoft, Amazon's main cloud rival, grew…": the name's own possessive right after the comma opens the aside.
        var afterComma = text.AsSpan(from + open + 1, span.Start - from - open - 1);
        return AttributionText.OpensAside(afterComma) ||
            afterComma.IsWhiteSpace() && (text.AsSpan(end).StartsWith("'s ") || text.AsSpan(end).StartsWith("’s "));
    }

    /// <summary>The roles a phrase's words can give the names around it (<see cref="Owns"/>), which do not depend on the company.</summary>
    private static PhraseRoles ReadRoles(string text, in LexiconScorer.EvidenceDraft draft)
    {
        var phrase = text.AsSpan(draft.Start, draft.Length);
        var roles = PhraseRoles.Read;
        roles |= IsRatingChange(phrase) ? PhraseRoles.RatingChange : AttributionText.IsRatingVerb(phrase) ? PhraseRoles.RatingVerb : 0;
        roles |= draft.PartnerStart > draft.UnitStart && AttributionText.IsShareWord(text.AsSpan(draft.PartnerStart, draft.PartnerEnd - draft.PartnerStart))
            ? PhraseRoles.SharesAfter : 0;
        roles |= AttributionText.FallsOnObject(phrase) ? PhraseRoles.FallsOnObject : 0;
        roles |= AttributionText.IsSharedAction(phrase) ? PhraseRoles.SharedAction : 0;
        roles |= AttributionText.IsApproval(phrase) ? PhraseRoles.Approval : 0;
        roles |= AttributionText.IsView(phrase) ? PhraseRoles.View : 0;
        roles |= AttributionText.IsEffect(phrase) ? PhraseRoles.Effect : 0;
        roles |= AttributionText.MayReviseEstimate(PhraseText.FirstWord(text.AsSpan(draft.UnitStart, draft.UnitEnd - draft.UnitStart)))
            ? PhraseRoles.EstimateVerb : 0;
        roles |= AttributionText.IsWarning(phrase) ? PhraseRoles.Warning : 0;
        roles |= AttributionText.IsOrder(phrase) ? PhraseRoles.Order : 0;
        roles |= AttributionText.IsShortSeller(phrase) ? PhraseRoles.ShortSeller : 0;
        return roles;
    }

    /// <summary>Whether the phrase starts with "upgrad…" or "downgrad…" ("upgrading Acme to buy"; its first letter is tested first: most phrases are neither).</summary>
    private static bool IsRatingChange(ReadOnlySpan<char> phrase) =>
        !phrase.IsEmpty && (phrase[0] | 0x20) is 'u' or 'd' &&
        (phrase.StartsWith("upgrad", StringComparison.OrdinalIgnoreCase) || phrase.StartsWith("downgrad", StringComparison.OrdinalIgnoreCase));

    /// <summary>The first rival named after "of" (and at most three more words) that follows <paramref name="from"/>, or -1.</summary>
    private static int FirstNamedAfterOf(string text, Workspace document, int entity, ReadOnlySpan<SpanInfo> spans, int from)
    {
        var rest = text.AsSpan(from).TrimStart();
        if (!rest.StartsWith("of ", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        foreach (ref readonly var span in spans)
        {
            if (span.Start >= from && document.IsRival(entity, span.Entity))
            {
                var words = text.AsSpan(from, span.Start - from).Count(' ');
                return words <= 5 ? span.Entity : -1;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="entity"/> is in the list of names that starts with <paramref name="first"/> after <paramref name="position"/>.</summary>
    private static bool InListAfter(string text, Workspace document, int entity, ReadOnlySpan<SpanInfo> spans, int first, int position = -1)
    {
        var listEnd = -1;
        var last = -1;
        foreach (ref readonly var span in spans)
        {
            if (span.Start <= position || !document.IsRival(entity, span.Entity) || (listEnd < 0 && span.Entity != first))
            {
                continue;
            }

            // The same company again right after ("Apple <AAPL.O>") continues its own item; an item may carry its own move's
            // percentage ("lifting Super Micro Computer 4% and Arista Networks 3%").
            if (listEnd >= 0 && span.Start >= listEnd && span.Entity != last && !IsListGapAfterPercent(text.AsSpan(listEnd, span.Start - listEnd)))
            {
                return false;
            }

            last = span.Entity;

            if (span.Entity == entity)
            {
                return true;
            }

            listEnd = Math.Max(listEnd, span.Start + span.Length);
        }

        return false;
    }

    /// <summary>
    /// Whether the phrase at <paramref name="phraseStart"/> follows, in its clause, a subject that is a name no company span covers:
    /// a clause opener ("as", "while", "whereas", "but"), a capitalised name of at most <see cref="MaxUnlistedNameWords"/> words
    /// (a possessive may close it), and at most <see cref="MaxWordsAfterUnlistedName"/> more words before the phrase ("as Huawei
    /// gains", "as Huawei's latest flagship models won over…"). A market or a place of the text's own is no such name ("as Wall
    /// Street cheered").
    /// </summary>
    private static bool HasUnlistedSubject(string text, ReadOnlySpan<SpanInfo> spans, int sentenceStart, int phraseStart)
    {
        var from = Math.Max(sentenceStart, phraseStart - MaxUnlistedSubjectChars);
        var before = text.AsSpan(from, phraseStart - from);
        Span<Range> words = stackalloc Range[MaxUnlistedNameWords + MaxWordsAfterUnlistedName + 2];
        var count = 0;
        var end = before.Length;
        while (count < words.Length)
        {
            var rest = before[..end].TrimEnd();
            if (rest.IsEmpty || rest[^1] is ',' or ';' or ':' or '(' or ')')
            {
                break;
            }

            var space = rest.LastIndexOf(' ');
            words[count++] = new Range(space + 1, rest.Length);
            end = space < 0 ? 0 : space;
            if (space < 0)
            {
                break;
            }
        }

        // words[0] is the word right before the phrase; find the opener, then read the name after it.
        for (var o = 1; o < count; o++)
        {
            var opener = before[words[o]];
            if (!UnlistedSubjectOpeners.Contains(opener))
            {
                continue;
            }

            var first = before[words[o - 1]];
            var bare = first.EndsWith("'s") || first.EndsWith("’s") ? first[..^2] : first;
            if (bare.IsEmpty || !char.IsUpper(bare[0]) || AttributionText.IsMarketSubject(bare) || NonNameCapitals.Contains(bare))
            {
                return false;
            }

            // The name's words: capitalised, the last may end in a possessive; then a few plain words up to the phrase.
            var nameEnd = o - 1;
            while (nameEnd > 0 && o - nameEnd < MaxUnlistedNameWords && before[words[nameEnd]] is var w && char.IsUpper(w[0]) &&
                   !w.EndsWith("'s") && !w.EndsWith("’s") && before[words[nameEnd - 1]] is var next && next.Length > 0 && char.IsUpper(next[0]))
            {
                nameEnd--;
            }

            if (nameEnd > MaxWordsAfterUnlistedName)
            {
                return false;
            }

            // "As Brent crude tops $90", "while Treasury yields rose": a market named with its own word is a market.
            for (var i = o - 1; i >= 0; i--)
            {
                var word = before[words[i]];
                if (OtherSubjects.Contains(word) || AttributionText.IsMarketSubject(word))
                {
                    return false;
                }
            }

            // No company span may lie in the name.
            var nameStart = from + words[o - 1].Start.GetOffset(before.Length);
            var nameStop = from + words[nameEnd].End.GetOffset(before.Length);
            foreach (ref readonly var span in spans)
            {
                if (span.Start < nameStop && span.Start + span.Length > nameStart)
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    /// <summary>The most chars before a phrase that <see cref="HasUnlistedSubject"/> reads.</summary>
    private const int MaxUnlistedSubjectChars = 80;

    /// <summary>The most words of a name the directory does not know (<see cref="HasUnlistedSubject"/>).</summary>
    private const int MaxUnlistedNameWords = 3;

    /// <summary>The most words between such a name and the phrase ("'s latest flagship models").</summary>
    private const int MaxWordsAfterUnlistedName = 3;

    // Openers of a clause whose subject follows them.
    private static readonly WordSet UnlistedSubjectOpeners = new("as", "while", "whereas", "but");

    // Capitalised words that open a clause without naming another company: "as The", "while It".
    private static readonly WordSet NonNameCapitals = new(
        "The", "A", "An", "It", "Its", "They", "Their", "He", "She", "We", "I", "This", "That", "These", "Those", "Investors",
        "Analysts", "Traders", "Wall", "Street", "US", "U.S.", "Fed", "CEO", "Chief", "Brent", "WTI", "Treasury", "Treasuries");

    /// <summary>Whether the text between two names joins them in a list, after a percentage of the first one's own ("4% and").</summary>
    private static bool IsListGapAfterPercent(ReadOnlySpan<char> gap) =>
        AttributionText.IsListGap(gap) || AttributionText.PercentEnd(gap) is var percent and > 0 && AttributionText.IsListGap(gap[percent..]) &&
        gap[percent..].Trim().Length > 0;

    /// <summary>
    /// The entity named with a possessive right after the move that ends at <paramref name="moveEnd"/> (an article between at
    /// most) and before the quantity at <paramref name="quantityStart"/>, with at most two words between them ("wiped out Ford's
    /// profit", "slashed the group's China sales"), or named right between them ("raises Ford target", "cuts Intel orders"); -1
    /// for none, or for a comparison ("grew faster than Globex's revenue").
    /// </summary>
    private static int OwnerOfQuantity(string text, ReadOnlySpan<SpanInfo> spans, int moveEnd, int quantityStart)
    {
        for (var i = spans.Length - 1; i >= 0; i--)
        {
            ref readonly var span = ref spans[i];
            var end = span.Start + span.Length;
            if (end > quantityStart || span.Start < moveEnd)
            {
                continue;
            }

            // "Wiped out Ford's profit", and a name right before the quantity as its owner ("raises Ford target", "cuts Intel orders").
            var gap = text.AsSpan(end, quantityStart - end);
            var lead = text.AsSpan(moveEnd, span.Start - moveEnd).Trim();
            if (gap.IsWhiteSpace() && !gap.IsEmpty && lead.IsEmpty)
            {
                return span.Entity;
            }

            if (!gap.StartsWith("'s") && !gap.StartsWith("’s") || !(lead.IsEmpty || lead is "the" or "a" or "an"))
            {
                return -1;
            }

            gap = gap[2..].Trim();
            return gap.IndexOfAny(',', ';', '.') < 0 && gap.Count(' ') < 2 ? span.Entity : -1;
        }

        return -1;
    }

    /// <summary>Whether a span of <paramref name="entity"/> ends right before <paramref name="position"/> (a possessive allowed).</summary>
    private static bool NamedRightBefore(string text, ReadOnlySpan<SpanInfo> spans, int entity, int position)
    {
        foreach (ref readonly var span in spans)
        {
            var end = span.Start + span.Length;
            if (span.Entity == entity && end <= position)
            {
                var gap = text.AsSpan(end, position - end).Trim();
                if (gap.IsEmpty || gap is "'s" or "’s")
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static double Relevance(Workspace document, int entity, int titleLength)
    {
        var sentences = document.Sentences;
        var withMention = 0;
        var lead = false;
        var previous = -1;
        foreach (var index in document.EntitySpanIndices(entity))
        {
            var i = document.SortedSpans[index].Sentence;
            if (i < 0 || i == previous)
            {
                continue;
            }

            previous = i;
            withMention++;
            ref readonly var sentence = ref sentences[i];
            if (sentence.InTitle || i == 0 || (titleLength > 0 && i > 0 && sentences[i - 1].InTitle && !sentence.InTitle))
            {
                lead = true;
            }
        }

        var count = document.SentenceCount;
        var share = count == 0 ? 0 : (double)withMention / count;
        var spanCount = Math.Min(1.0, document.EntitySpanCount(entity) / 4.0);
        return Round(Math.Clamp(0.15 + (lead ? 0.35 : 0) + (0.3 * share) + (0.2 * spanCount), 0.01, 1.0));
    }

    /// <summary>The strongest <see cref="FinSentimentOptions.MaxEvidence"/> contributions, built into <see cref="Evidence"/> only now.</summary>
    private Evidence[] TopEvidence(string text, Workspace document)
    {
        var kept = Math.Min(document.DraftCount, _maxEvidence);
        if (kept == 0)
        {
            // Nothing to rank: no contribution, or no evidence wanted (MaxEvidence 0, as the JSONL command asks).
            return [];
        }

        var evidence = new Evidence[kept];
        var order = document.EvidenceOrder();
        for (var i = 0; i < kept; i++)
        {
            ref readonly var draft = ref document.Drafts[order[i]];
            evidence[i] = draft.Ready ?? LexiconScorer.Explain(text, draft);
        }

        return evidence;
    }

    /// <summary>
    /// Finds each target's mentions: its name, aliases and name without legal suffixes as words, then inside words ("UPDATE
    /// 1-Acme", or its initials: "CompaniesAWW"), then as the directory company of that name or symbol (whose own aliases the
    /// resolver found: "International Business Machines" for "IBM"), then as a contraction of its first words ("StanWid" for
    /// "Standard Widgets"), then in looser forms ("Globex" for "Globex's", "Initechs" for "Initech"), and last with one letter
    /// off in a longer word ("Globx" for "Globex").
    /// </summary>
    private List<(int Start, int Length)>?[] FindTargets(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<SentimentTarget> targets, List<TickerMention> mentions)
    {
        var found = new List<(int Start, int Length)>?[targets.Count];
        var caseless = TargetMatcher.IsCaseless(text, tokens);
        bool? mostlyCapitalised = null;
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            var spans = new List<(int Start, int Length)>();

            // "Acme" is no short form of "Acme Wind" when "Acme Energy" is asked about too: it may be either.
            var shortForm = TargetMatcher.ShortForm(target);
            var withShortForm = shortForm is null || !TargetMatcher.SharesFirstWord(shortForm, targets, i);
            foreach (var name in TargetMatcher.Candidates(target, withShortForm))
            {
                TargetMatcher.FindAll(text, tokens, name, _tokenizer, spans, strictCapitals: IsAsGiven(target, name), caselessText: caseless);
                if (name == shortForm && spans.Count > 0)
                {
                    // "Acme Energy" for the target "Acme Wind": the short form starts another company's name.
                    mostlyCapitalised ??= TargetMatcher.IsMostlyCapitalised(text, tokens);
                    var capitalised = mostlyCapitalised.Value;
                    spans.RemoveAll(span => TargetMatcher.StartsAnotherName(text, span.Start + span.Length, target, capitalised));
                    withShortForm = spans.Count > 0; // nor then inside words or in looser forms
                }

                if (spans.Count > 0)
                {
                    if (name != shortForm && withShortForm)
                    {
                        AddShortForms(text, tokens, target, spans, caseless);
                    }

                    break;
                }
            }

            if (spans.Count == 0)
            {
                foreach (var name in TargetMatcher.Candidates(target, withShortForm))
                {
                    TargetMatcher.FindInsideWords(text, name, spans);
                    if (spans.Count > 0)
                    {
                        break;
                    }
                }

                if (spans.Count == 0 && TargetMatcher.Initials(target.Name) is { } initials)
                {
                    TargetMatcher.FindInsideWords(text, initials, spans);
                }
            }

            if (mentions.Count > 0 && _resolver is TickerResolver resolver)
            {
                if (spans.Count == 0)
                {
                    FindThroughDirectory(resolver.Directory, target, mentions, spans);
                }
                else
                {
                    AddDirectoryMentions(text, resolver.Directory, target, mentions, spans);
                }
            }

            if (spans.Count == 0)
            {
                TargetMatcher.FindContractions(text, tokens, target, spans);
            }

            if (spans.Count == 0)
            {
                FindInLooseForms(text, tokens, target, spans, misspelt: false, caseless, withShortForm);
            }

            if (spans.Count == 0)
            {
                FindInLooseForms(text, tokens, target, spans, misspelt: true, caseless, withShortForm);
            }

            found[i] = spans.Count == 0 ? null : spans;
        }

        return found;
    }

    /// <summary>
    /// Adds the spans of the first of the target's looser forms found: with an "s" on the last word, or with
    /// <paramref name="misspelt"/> one letter off in a longer word.
    /// </summary>
    private void FindInLooseForms(
        string text, ReadOnlySpan<Token> tokens, SentimentTarget target, List<(int Start, int Length)> spans, bool misspelt, bool caseless, bool withShortForm)
    {
        foreach (var name in TargetMatcher.LooseForms(target, withShortForm))
        {
            TargetMatcher.FindAll(text, tokens, name, _tokenizer, spans, pluralLastWord: !misspelt, misspelt: misspelt, strictCapitals: IsAsGiven(target, name),
                caselessText: caseless);
            if (spans.Count > 0)
            {
                return;
            }
        }
    }

    /// <summary>Whether <paramref name="name"/> is the target's name or one of its aliases as the caller gave them, not a form derived from them.</summary>
    private static bool IsAsGiven(SentimentTarget target, string name)
    {
        if (string.Equals(name, target.Name, StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var alias in target.Aliases)
        {
            if (string.Equals(name, alias, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds, to a target found by its full name, its short form where the text names its stock, makes it an owner or the subject
    /// of a verb ("Spirit Airlines … Spirit shares plunged 47%", "Anglo's board", "Qantas also announced"): a later sentence
    /// rarely repeats the full name.
    /// </summary>
    private void AddShortForms(string text, ReadOnlySpan<Token> tokens, SentimentTarget target, List<(int Start, int Length)> spans, bool caseless)
    {
        var shortForm = TargetMatcher.ShortForm(target);
        if (shortForm is null)
        {
            return;
        }

        var found = new List<(int Start, int Length)>();
        TargetMatcher.FindAll(text, tokens, shortForm, _tokenizer, found, strictCapitals: true, caselessText: caseless);
        var known = spans.Count;
        foreach (var (start, length) in found)
        {
            var inside = false;
            for (var k = 0; k < known && !inside; k++)
            {
                inside = start >= spans[k].Start && start < spans[k].Start + spans[k].Length;
            }

            if (!inside && (TargetMatcher.NamesStockOrOwner(text.AsSpan(start + length)) || TargetMatcher.ActsAsSubject(text.AsSpan(start + length))))
            {
                spans.Add((start, length));
            }
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// Adds, to a target found by its own words, the other mentions the resolver found of the same directory company: a caller
    /// asking about "Novo Nordisk" is asking about "Novo" later in the text, one asking about "Alphabet" about "Google", one
    /// asking about "Robinhood" about "$HOOD". The company is the one a mention by name or symbol overlaps a found span of, else
    /// the one the target names (<see cref="TargetCompany"/>). Names and symbols are added, not later references ("the
    /// company"): those are left to the attribution of the target's own spans.
    /// </summary>
    private static void AddDirectoryMentions(string text, TickerDirectory directory, SentimentTarget target, List<TickerMention> mentions, List<(int Start, int Length)> spans)
    {
        // Both lists are sorted by start: one pass over each (a long text may name the company many times).
        string? symbol = null;
        var j = 0;
        foreach (var mention in mentions)
        {
            while (j < spans.Count && spans[j].Start + spans[j].Length <= mention.Start)
            {
                j++;
            }

            if (mention.Kind != MentionKind.Reference && j < spans.Count && spans[j].Start < mention.Start + mention.Length)
            {
                symbol = mention.Symbol;
                break;
            }
        }

        symbol ??= TargetCompany(directory, target, mentions)?.Symbol;
        if (symbol is null)
        {
            return;
        }

        var known = spans.Count;
        var k = 0;
        foreach (var mention in mentions)
        {
            while (k < known && spans[k].Start + spans[k].Length <= mention.Start)
            {
                k++;
            }

            if (mention.Kind != MentionKind.Reference && mention.Symbol.Equals(symbol, StringComparison.Ordinal) &&
                !(k < known && spans[k].Start < mention.Start + mention.Length) &&
                !(mention.Kind != MentionKind.Name && k > 0 && BesideName(text.AsSpan(spans[k - 1].Start + spans[k - 1].Length, mention.Start - spans[k - 1].Start - spans[k - 1].Length))))
            {
                spans.Add((mention.Start, mention.Length));
            }
        }

        if (spans.Count > known)
        {
            spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>
    /// Whether a symbol after a name stands beside it, as the same mention: "Abbott Laboratories &lt;ABT.N&gt;", "Acme ($ACME)",
    /// "Acme (NASDAQ: ACME)".
    /// </summary>
    private static bool BesideName(ReadOnlySpan<char> between) =>
        between.Trim(" \t([<").IsEmpty || between.Length <= 24 && between.TrimEnd() is [.., ':'];

    /// <summary>Adds the resolver's mentions of the directory company that the target names (<see cref="TargetCompany"/>).</summary>
    private static void FindThroughDirectory(TickerDirectory directory, SentimentTarget target, List<TickerMention> mentions, List<(int Start, int Length)> spans)
    {
        var symbol = TargetCompany(directory, target, mentions)?.Symbol;
        if (symbol is null)
        {
            return;
        }

        foreach (var mention in mentions)
        {
            if (mention.Symbol.Equals(symbol, StringComparison.Ordinal))
            {
                spans.Add((mention.Start, mention.Length));
            }
        }
    }

    /// <summary>
    /// The directory company a target names, among those the resolver found in the text: the one with that name, alias or symbol,
    /// else the only one whose name or an alias starts with the target's words ("Enphase" for Enphase Energy, "Super Micro" for
    /// Super Micro Computer, "Norwegian" for Norwegian Cruise Line Holdings): callers name companies by their short names.
    /// </summary>
    private static CompanyInfo? TargetCompany(TickerDirectory directory, SentimentTarget target, List<TickerMention> mentions)
    {
        // Not by the target's first word alone: "Spirit" of "Spirit Airlines" is also Spirit AeroSystems.
        foreach (var name in TargetMatcher.Candidates(target, withShortForm: false))
        {
            if ((directory.TryGetByName(name, out var company) || directory.TryGetBySymbol(name, out company)) && Mentions(company))
            {
                return company;
            }
        }

        CompanyInfo? found = null;
        foreach (var mention in mentions)
        {
            var candidate = mention.Company;
            if (mention.Kind == MentionKind.Reference || candidate is null || ReferenceEquals(candidate, found) || !NameStartsWithTarget(candidate, target))
            {
                continue;
            }

            if (found is not null)
            {
                return null; // two companies start so: the target names neither
            }

            found = candidate;
        }

        return found;

        bool Mentions(CompanyInfo company)
        {
            foreach (var mention in mentions)
            {
                if (mention.Symbol.Equals(company.Symbol, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Whether the company's name or one of its aliases starts with one of the target's names, as whole words.</summary>
    private static bool NameStartsWithTarget(CompanyInfo company, SentimentTarget target)
    {
        foreach (var name in TargetMatcher.Candidates(target, withShortForm: false))
        {
            if (StartsWithWords(company.Name, name))
            {
                return true;
            }

            foreach (var alias in company.Aliases)
            {
                if (StartsWithWords(alias, name))
                {
                    return true;
                }
            }
        }

        return false;

        static bool StartsWithWords(string companyName, string name) =>
            name.Length >= 3 && companyName.Length > name.Length && companyName.StartsWith(name, StringComparison.OrdinalIgnoreCase) &&
            companyName[name.Length] is ' ' or ',';
    }

    private SentimentResult Neutral(IReadOnlyList<SentimentTarget>? targets) => new()
    {
        Score = 0,
        Label = _scale.GetLabel(0),
        Polarity = Polarity.Neutral,
        Tickers = [],
        Evidence = [],
        Sentences = [],
        Targets = targets is null ? [] : targets.Select(t => new TargetSentiment(t.Name, false, 0, _scale.GetLabel(0), Polarity.Neutral)).ToArray(),
    };

    /// <summary>
    /// Rounds a score to the four decimals reported; labels and polarities are read from the rounded score, so that they agree
    /// with the figure shown (and with <see cref="Serialization.AlphaVantageSentiment"/>, which labels the same figure). Never -0.
    /// </summary>
    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero) + 0.0;

    private readonly record struct SentenceInfo(int Start, int End, double Score, double Weight, int EvidenceStart, int EvidenceEnd, bool InTitle)
    {
        /// <summary>
        /// The weight's factor from the sentence after it or this one opening against the other ("However, ..."): it weighs the
        /// sentence in the text's score and in that of a company named alone in both sentences, not in one of several companies',
        /// which the contrast may not be about ("Acme rose. However, Globex fell").
        /// </summary>
        public double Contrast { get; init; } = 1;

        /// <summary>The weight in the text's score.</summary>
        public double DocumentWeight => Weight * Contrast;

        /// <summary>Whether the sentence tells the stock's move after the story ("Shares dropped 9%."): the market's verdict.</summary>
        public bool Verdict { get; init; }

        /// <summary>
        /// Whether the sentence, scoring nothing, tells that the stock did not move after the story ("The shares were little
        /// changed."): the market's verdict that the news nets out, weighed as a verdict at a score of zero.
        /// </summary>
        public bool Flat { get; init; }
    }

    /// <summary>A draft's rank among the evidence (<see cref="Workspace.EvidenceOrder"/>): its contribution's strength and its start.</summary>
    private readonly record struct EvidenceKey(double Strength, int Start, int Draft)
    {
        /// <summary>Stronger first, then earlier; drafts alike in both compare equal.</summary>
        public static readonly Comparison<EvidenceKey> ByRank = static (a, b) =>
            b.Strength.CompareTo(a.Strength) is var c and not 0 ? c : a.Start.CompareTo(b.Start);
    }

    /// <summary>A mention of an entity: where it starts, its entity, and its sentence (-1 when it starts in none).</summary>
    private struct SpanInfo
    {
        public int Start;
        public int Length;
        public int Entity;
        public int Sequence;
        public int Sentence;
    }

    /// <summary>The sets of stems a role test of a company needs (<see cref="Workspace.TextHolds"/>), one bit each.</summary>
    [Flags]
    private enum Cues : ulong
    {
        /// <summary>None.</summary>
        None = 0,

        /// <summary>A purchase's (<see cref="PurchaseText.CueStems"/>).</summary>
        Purchase = 1,

        /// <summary>A sale of stock's (<see cref="SaleText.CueStems"/>).</summary>
        Sale = 2,

        /// <summary>A dispute's outcome (<see cref="AttributionText.DisputeOutcomeStems"/>).</summary>
        DisputeOutcome = 4,

        /// <summary>A payment's (<see cref="PaymentText.CueStems"/>).</summary>
        Payment = 8,

        /// <summary>A fault's (<see cref="FaultText.CueStems"/>).</summary>
        Fault = 16,

        /// <summary>A displacement's (<see cref="DisplacementText.CueStems"/>).</summary>
        Displacement = 32,

        /// <summary>A verb of withdrawing a bid (<see cref="DealText.WithdrawalStems"/>).</summary>
        Withdrawal = 64,

        /// <summary>A bid withdrawn (<see cref="DealText.BidStems"/>).</summary>
        Bid = 128,

        /// <summary>A customer's decision on a supplier (<see cref="ContractText.DecisionStems"/>).</summary>
        Decision = 256,

        /// <summary>A verdict on whom the news favours or harms (<see cref="BenefitText.CueStems"/>).</summary>
        Verdict = 512,
    }

    /// <summary>What a phrase's words say about the names around it (<see cref="ReadRoles"/>).</summary>
    [Flags]
    private enum PhraseRoles : ushort
    {
        /// <summary>Not read yet.</summary>
        None = 0,

        /// <summary>Read: the flags below are set as the phrase has them.</summary>
        Read = 1,

        /// <summary>"upgrade…", "downgrade…": the company rated comes after.</summary>
        RatingChange = 2,

        /// <summary>A share word after the phrase ("lifted shares of…"): the company whose shares moved comes after.</summary>
        SharesAfter = 4,

        /// <summary>A verb that falls on its object (<see cref="AttributionText.FallsOnObject"/>).</summary>
        FallsOnObject = 8,

        /// <summary>A deal on both sides (<see cref="AttributionText.IsSharedAction"/>).</summary>
        SharedAction = 16,

        /// <summary>An approval (<see cref="AttributionText.IsApproval"/>).</summary>
        Approval = 32,

        /// <summary>A view or a sanction on what follows (<see cref="AttributionText.IsView"/>).</summary>
        View = 64,

        /// <summary>Good or bad news for what follows (<see cref="AttributionText.IsEffect"/>).</summary>
        Effect = 128,

        /// <summary>A verb of rating and no rating change (<see cref="AttributionText.IsRatingVerb"/>): it rates the company after it.</summary>
        RatingVerb = 256,

        /// <summary>A verb that may revise a house's estimate (<see cref="AttributionText.MayReviseEstimate"/>): "lowered its fair value estimate for…".</summary>
        EstimateVerb = 512,

        /// <summary>A verb of warning (<see cref="AttributionText.IsWarning"/>): "warned that Boeing's…" is about Boeing.</summary>
        Warning = 1024,

        /// <summary>An order (<see cref="AttributionText.IsOrder"/>): "placed a firm order for 160 Boeing jets" is Boeing's.</summary>
        Order = 2048,

        /// <summary>A short seller's label (<see cref="AttributionText.IsShortSeller"/>): not the news of the seller named after it.</summary>
        ShortSeller = 4096,
    }

    /// <summary>What <see cref="Owns"/> works out for a phrase that does not depend on the company asking (see <see cref="Workspace.SharesAttribution"/>).</summary>
    private struct SharedAttribution
    {
        /// <summary>Whether <see cref="SubjectList"/> is known.</summary>
        public bool HasSubjectList;

        /// <summary>Whether <see cref="OwnerBefore"/> and <see cref="OwnerAfter"/> are known.</summary>
        public bool HasOwners;

        /// <summary>Whether <see cref="Subject"/> is known.</summary>
        public bool HasSubject;

        /// <summary>
        /// The sentence's subject that the phrase goes on about (<see cref="ContinuesSubject"/>, <see cref="PossessedBySubject"/>), -1
        /// for none; the same for every company, whatever their rivalry.
        /// </summary>
        public int Subject;

        /// <summary>The entities in the phrase's subject list (<see cref="InSubjectList"/>), one bit each.</summary>
        public ulong SubjectList;

        /// <summary>The entity named last before the phrase that owns it, -1 for none (<see cref="Owners"/>).</summary>
        public int OwnerBefore;

        /// <summary>The first entity named after the phrase, -1 for none (<see cref="Owners"/>).</summary>
        public int OwnerAfter;
    }

    /// <summary>
    /// The per-document working state: sentences, evidence drafts, mentions and entity spans in reusable buffers, so that an analysis
    /// allocates little beyond its result. One instance per thread is cached; a nested analysis on the same thread gets its own.
    /// The cache of headline scores (<see cref="HeadlineScore"/>) is kept from one document to the next.
    /// </summary>
    private sealed class Workspace
    {
        private const int MaxCachedLength = 1 << 16;

        [ThreadStatic]
        private static Workspace? t_cached;

        private int[] _mentionEntity = new int[16];
        private int[] _entityFirstMention = new int[8];
        private int[] _entityMentionCount = new int[8];
        private int[] _entitySpanOffsets = new int[9];
        private int[] _entitySpanIndices = new int[16];
        private int[] _mentionsByEntity = new int[16];
        private int[] _sentenceSpanStart = new int[16];
        private int[] _sentenceSpanEnd = new int[16];
        private int[] _active = new int[16];
        private bool[] _overlaps = new bool[64];
        private int[] _rivalCount = new int[8];

        /// <summary>Per entity, whether it is only quoted as a source: 1 yes, -1 no, 0 not yet asked (<see cref="RivalsOnlySources"/>).</summary>
        private sbyte[] _onlySource = new sbyte[8];
        private SpanInfo[] _spans = new SpanInfo[16];

        // The last semicolon search (HasSemicolon): where it started, and the first semicolon at or after it (the text's length
        // for none; -1 before any search).
        private string? _semicolonText;
        private int _semicolonFrom;
        private int _semicolonAt = -1;
        private int _spanCount;
        private int _entityCount;

        public SentenceInfo[] Sentences = new SentenceInfo[16];
        public int SentenceCount;
        public LexiconScorer.EvidenceDraft[] Drafts = new LexiconScorer.EvidenceDraft[32];
        public int DraftCount;
        public List<Evidence>? CustomEvidence;

        public List<TickerMention> Mentions { get; } = [];

        private readonly List<NameSpan> _names = [];

        /// <summary>
        /// The spans of the names found, sorted by start: the companies' names (<see cref="Mentions"/> of kind
        /// <see cref="MentionKind.Name"/> or <see cref="MentionKind.Cashtag"/>, so that "$KO jumps while $PEP slips" sets one company against
        /// another, sorted; ordinary words marked: <see cref="IsOrdinaryWord"/>) and the targets' spans that are proper names (<see cref="IsProperName"/>:
        /// "Great Eastern Shipping"; a target such as "steel prices" or "Larger companies" names a market, whose words speak).
        /// </summary>
        public ReadOnlySpan<NameSpan> NameSpans(string text, List<(int Start, int Length)>?[]? targetSpans)
        {
            _names.Clear();
            foreach (ref readonly var mention in CollectionsMarshal.AsSpan(Mentions))
            {
                if (mention.Kind is MentionKind.Name or MentionKind.Cashtag)
                {
                    _names.Add(new NameSpan(mention.Start, mention.Length, IsOrdinaryWord(text.AsSpan(mention.Start, mention.Length), mention.Company), mention.Company));
                }
            }

            var sorted = true;
            foreach (var spans in targetSpans ?? [])
            {
                foreach (var span in spans ?? [])
                {
                    if (IsProperName(text.AsSpan(span.Start, span.Length)))
                    {
                        sorted &= _names.Count == 0 || _names[^1].Start <= span.Start;
                        _names.Add(new NameSpan(span.Start, span.Length, OrdinaryWord: false, spans));
                    }
                }
            }

            if (!sorted)
            {
                _names.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            }

            return CollectionsMarshal.AsSpan(_names);
        }

        /// <summary>
        /// A name of one word that is an ordinary word (<see cref="CompanyInfo.AmbiguousAliases"/>: "Nice", "Popular", "Snap"): the
        /// resolver found it with corporate context, which "Nice results from Nvidia" also has, so the word keeps its meaning as
        /// an opinion (<see cref="NameSpan.OrdinaryWord"/>).
        /// </summary>
        private static bool IsOrdinaryWord(ReadOnlySpan<char> name, CompanyInfo company)
        {
            // Most companies have no such alias: the count is read before the name is searched for a space, and the aliases are
            // indexed rather than enumerated through the interface.
            var aliases = company.AmbiguousAliases;
            if (aliases.Count == 0 || name.Contains(' '))
            {
                return false;
            }

            for (var i = 0; i < aliases.Count; i++)
            {
                if (name.Equals(aliases[i], StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Two words or more, each starting with a capital or a digit ("Great Eastern Shipping", "Great Offshore"): a proper
        /// name. One capitalised word may be a sentence's first ("Larger companies beat SMEs"), and a lower-case word makes
        /// a description ("Larger companies").
        /// </summary>
        private static bool IsProperName(ReadOnlySpan<char> name)
        {
            var words = 0;
            for (var i = 0; i < name.Length; i++)
            {
                if (name[i] == ' ' || (i > 0 && name[i - 1] != ' '))
                {
                    continue;
                }

                if (!char.IsUpper(name[i]) && !char.IsAsciiDigit(name[i]) && name[i] != '&')
                {
                    return false;
                }

                words++;
            }

            return words >= 2;
        }

        private int[] _evidenceOrder = new int[32];

        /// <summary>The tickers of a result while they are scored (<see cref="TickerBuffer"/>); empty between documents.</summary>
        private TickerSentiment[] _tickers = new TickerSentiment[8];

        /// <summary>The drafts' ranks while <see cref="EvidenceOrder"/> sorts them.</summary>
        private EvidenceKey[] _evidenceKeys = new EvidenceKey[32];

        /// <summary>Each draft's <see cref="PhraseRoles"/>, read on first use (<see cref="RolesOf"/>); cleared by <see cref="IndexSpans"/>.</summary>
        private PhraseRoles[] _phraseRoles = new PhraseRoles[32];

        /// <summary>
        /// What <see cref="Owns"/> worked out for each draft's phrase that is the same for every company, when
        /// <see cref="SharesAttribution"/>; cleared on first use in a document (see <see cref="Shared"/>).
        /// </summary>
        private SharedAttribution[] _shared = new SharedAttribution[32];

        /// <summary>Whether <see cref="_shared"/> has been cleared for this document's drafts.</summary>
        private bool _sharedCleared;

        /// <summary>The text's tokens (kept between documents, as the other buffers are; see <see cref="TokenBuffer"/>).</summary>
        public Token[] Tokens = new Token[256];

        private int[] _wordIds = new int[64];
        private int[] _firstNameNodes = new int[64];
        private RuleWords[] _ruleWords = new RuleWords[64];

        /// <summary>The number of tokens <see cref="RuleWordsOfTokens"/> holds: 0 when the words were not looked up.</summary>
        private int _ruleWordCount;

        /// <summary>The number of slots in the cache of headline scores (a power of two).</summary>
        private const int HeadlineScoreSlots = 64;

        // Headline scores worked out on this thread, by the score they were read from, one per slot (0, which no headline score is
        // read from, marks an empty slot). Phrase valences are few, and so are the scores a headline's phrases add up to: a score
        // seen before is found here, at much less cost than tanh and atanh.
        private readonly double[] _headlineScoreKeys = new double[HeadlineScoreSlots];
        private readonly double[] _headlineScores = new double[HeadlineScoreSlots];

        /// <summary>
        /// The drafts' indices, strongest contribution first (ties by position). Each draft's rank is copied into a small key, and the
        /// keys are sorted rather than the drafts, which are large structs, or their indices, whose comparison read two drafts. The sort
        /// is the same introsort with the same comparisons, so ties come out exactly as when the drafts were sorted.
        /// </summary>
        public ReadOnlySpan<int> EvidenceOrder()
        {
            Ensure(ref _evidenceOrder, DraftCount);
            Ensure(ref _evidenceKeys, DraftCount);
            var order = _evidenceOrder.AsSpan(0, DraftCount);
            var keys = _evidenceKeys.AsSpan(0, DraftCount);
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = new EvidenceKey(Math.Abs(Drafts[i].Contribution), Drafts[i].Start, i);
            }

            keys.Sort(EvidenceKey.ByRank);
            for (var i = 0; i < keys.Length; i++)
            {
                order[i] = keys[i].Draft;
            }

            return order;
        }

        /// <summary><see cref="WithHeadlineGain"/> of a score other than 0, from the cache when it was worked out before.</summary>
        public double HeadlineScore(double score)
        {
            var bits = (ulong)BitConverter.DoubleToInt64Bits(score);
            var slot = (int)((bits * 0x9E3779B97F4A7C15UL) >> 58);
            if (_headlineScoreKeys[slot] != score)
            {
                _headlineScoreKeys[slot] = score;
                _headlineScores[slot] = WithHeadlineGain(score);
            }

            return _headlineScores[slot];
        }

        /// <summary>The roles of draft <paramref name="draft"/>'s phrase, read once per document however many companies ask.</summary>
        public PhraseRoles RolesOf(string text, int draft)
        {
            ref var roles = ref _phraseRoles[draft];
            if (roles == PhraseRoles.None)
            {
                roles = ReadRoles(text, Drafts[draft]);
            }

            return roles;
        }

        /// <summary>
        /// Gets whether what attribution works out for a phrase from the names around it is the same whichever company asks (set by
        /// <see cref="IndexSpans"/>): no two entities' spans overlap, so every entity is every other's rival (<see cref="IsRival"/>),
        /// and there are at most 64 entities, one bit each in the sets of <see cref="TryGetSubjectList"/>.
        /// </summary>
        public bool SharesAttribution { get; private set; }

        /// <summary>Gets the entities in the subject list of draft <paramref name="draft"/>'s phrase, when a company asked already.</summary>
        public bool TryGetSubjectList(int draft, out ulong entities)
        {
            ref readonly var shared = ref Shared(draft);
            entities = shared.SubjectList;
            return shared.HasSubjectList;
        }

        /// <summary>Keeps the entities in the subject list of draft <paramref name="draft"/>'s phrase for the other companies.</summary>
        public void SetSubjectList(int draft, ulong entities)
        {
            ref var shared = ref Shared(draft);
            shared.SubjectList = entities;
            shared.HasSubjectList = true;
        }

        /// <summary>Gets the owners before and after draft <paramref name="draft"/>'s phrase, when a company asked already.</summary>
        public bool TryGetOwners(int draft, out int before, out int after)
        {
            ref readonly var shared = ref Shared(draft);
            before = shared.OwnerBefore;
            after = shared.OwnerAfter;
            return shared.HasOwners;
        }

        /// <summary>Keeps the owners before and after draft <paramref name="draft"/>'s phrase for the other companies.</summary>
        public void SetOwners(int draft, int before, int after)
        {
            ref var shared = ref Shared(draft);
            shared.OwnerBefore = before;
            shared.OwnerAfter = after;
            shared.HasOwners = true;
        }

        /// <summary>
        /// Gets the subject that draft <paramref name="draft"/>'s phrase goes on about (-1 for none), when a company asked already. Unlike
        /// the owners and the subject list it is kept whether or not <see cref="SharesAttribution"/>: no company's rivals change it.
        /// </summary>
        public bool TryGetSubject(int draft, out int subject)
        {
            ref readonly var shared = ref Shared(draft);
            subject = shared.Subject;
            return shared.HasSubject;
        }

        /// <summary>Keeps the subject that draft <paramref name="draft"/>'s phrase goes on about for the other companies.</summary>
        public void SetSubject(int draft, int subject)
        {
            ref var shared = ref Shared(draft);
            shared.Subject = subject;
            shared.HasSubject = true;
        }

        /// <summary>The shared attribution of a draft, the buffer cleared on the document's first use (most documents make none).</summary>
        private ref SharedAttribution Shared(int draft)
        {
            if (!_sharedCleared)
            {
                Ensure(ref _shared, DraftCount);
                _shared.AsSpan(0, DraftCount).Clear();
                _sharedCleared = true;
            }

            return ref _shared[draft];
        }

        /// <summary>Gets the spans sorted by start (ties in entity order), after <see cref="IndexSpans"/>.</summary>
        public SpanInfo[] SortedSpans => _spans;

        /// <summary>
        /// Gets the buffers for the tokens' lexicon word ids, first name-trie nodes and rule lists (<see cref="RuleWordsOfTokens"/>),
        /// of <paramref name="tokens"/> each.
        /// </summary>
        public void WordLookups(int tokens, out Span<int> wordIds, out Span<int> firstNameNodes, out Span<RuleWords> ruleWords)
        {
            Ensure(ref _wordIds, tokens);
            Ensure(ref _firstNameNodes, tokens);
            Ensure(ref _ruleWords, tokens);
            wordIds = _wordIds.AsSpan(0, tokens);
            firstNameNodes = _firstNameNodes.AsSpan(0, tokens);
            ruleWords = _ruleWords.AsSpan(0, tokens);
            _ruleWordCount = tokens;
        }

        /// <summary>
        /// Gets, per token, the rule lists that hold its word (<see cref="RuleWords"/>; meaningful for word tokens only), as looked up
        /// with the words; empty when they were not (an analyzer without the built-in parts' shared word table), and a rule then asks
        /// its list.
        /// </summary>
        public ReadOnlySpan<RuleWords> RuleWordsOfTokens => _ruleWords.AsSpan(0, _ruleWordCount);

        /// <summary>Gets room for <paramref name="length"/> tickers of the result, to score them into (see <see cref="TakeTickers"/>).</summary>
        public Span<TickerSentiment> TickerBuffer(int length)
        {
            Ensure(ref _tickers, length);
            return _tickers.AsSpan(0, length);
        }

        /// <summary>
        /// The first <paramref name="count"/> tickers scored into <see cref="TickerBuffer"/>, as an array of their own; the buffer lets
        /// them go. Arrays rather than lists: a result is built for every document, and a list is one more object around the array,
        /// and the count is known only when the companies quoted only as sources have been left out.
        /// </summary>
        public TickerSentiment[] TakeTickers(int count)
        {
            if (count == 0)
            {
                return [];
            }

            var scored = _tickers.AsSpan(0, count);
            var tickers = scored.ToArray();
            scored.Clear();
            return tickers;
        }

        /// <summary>Gets <see cref="Tokens"/>, grown to at least <paramref name="length"/> tokens, to tokenize into.</summary>
        public ref Token[] TokenBuffer(int length)
        {
            if (Tokens.Length < length)
            {
                Tokens = new Token[Math.Max(length, Tokens.Length * 2)];
            }

            return ref Tokens;
        }

        public static Workspace Take()
        {
            var workspace = t_cached ?? new Workspace();
            t_cached = null;
            return workspace;
        }

        public static void Return(Workspace workspace)
        {
            workspace.Reset();
            t_cached = workspace;
        }

        /// <summary>
        /// The stems of the cues that role tests of a company need, one set per bit of <see cref="Cues"/> and in its order, looked
        /// for in one pass over the text (<see cref="ScanCues"/>).
        /// </summary>
        private static readonly StemScanner CueScanner = new(
            PurchaseText.CueStems, SaleText.CueStems, AttributionText.DisputeOutcomeStems, PaymentText.CueStems, FaultText.CueStems,
            DisplacementText.CueStems, DealText.WithdrawalStems, DealText.BidStems, ContractText.DecisionStems, BenefitText.CueStems);

        /// <summary>Whether <see cref="_textCues"/> and <see cref="_sentenceCues"/> are known for this document.</summary>
        private bool _cuesScanned;

        /// <summary>The sets of <see cref="CueScanner"/> whose stems the text holds, anywhere.</summary>
        private Cues _textCues;

        /// <summary>Per sentence, the sets of <see cref="CueScanner"/> whose stems it holds within it.</summary>
        private Cues[] _sentenceCues = new Cues[16];

        /// <summary>The sentences' ranges, for <see cref="StemScanner.Scan"/>.</summary>
        private (int Start, int End)[] _sentenceRanges = new (int, int)[16];

        /// <summary>
        /// Whether the sentence has a word a purchase needs (<see cref="PurchaseText.MayHold"/>), found once per document with the
        /// other cues (<see cref="ScanCues"/>): every company it names asks.
        /// </summary>
        public bool MayHoldPurchase(string text, in SentenceInfo sentence, int sentenceIndex) => SentenceHolds(text, sentenceIndex, Cues.Purchase);

        /// <summary>Whether the sentence has a word a sale of stock needs (<see cref="SaleText.MayHold"/>), found once per document.</summary>
        public bool MayHoldSale(string text, in SentenceInfo sentence, int sentenceIndex) => SentenceHolds(text, sentenceIndex, Cues.Sale);

        /// <summary>
        /// Whether the sentence has a verb of winning or losing (<see cref="AttributionText.MayHoldDisputeOutcome"/>), found once
        /// per document: every phrase of it asks, for every company.
        /// </summary>
        public bool MayHoldDisputeOutcome(string text, in SentenceInfo sentence, int sentenceIndex) =>
            SentenceHolds(text, sentenceIndex, Cues.DisputeOutcome);

        /// <summary>
        /// Whether the text holds, anywhere, a stem of the cues <paramref name="cues"/> stands for (one of them): a role test whose
        /// every way to pass needs such a word cannot pass without one, whatever company it is asked of.
        /// </summary>
        public bool TextHolds(string text, Cues cues)
        {
            ScanCues(text);
            return (_textCues & cues) != 0;
        }

        /// <summary>
        /// Whether the sentence holds within it a stem of <paramref name="cues"/>: what <see cref="Stems.AnyIn"/> of its text tells
        /// (<see cref="PurchaseText.MayHold"/>, <see cref="SaleText.MayHold"/>, <see cref="AttributionText.MayHoldDisputeOutcome"/>).
        /// </summary>
        private bool SentenceHolds(string text, int sentenceIndex, Cues cues)
        {
            ScanCues(text);
            return (_sentenceCues[sentenceIndex] & cues) != 0;
        }

        /// <summary>
        /// Whether the sentence holds within it a stem of every set of <paramref name="cues"/>: a test that reads only the sentence
        /// and needs a word of each set cannot pass without them (<see cref="DealText.WithdrawsBid"/> needs a verb and a bid).
        /// </summary>
        public bool SentenceHoldsAll(string text, int sentenceIndex, Cues cues)
        {
            ScanCues(text);
            return (_sentenceCues[sentenceIndex] & cues) == cues;
        }

        /// <summary>
        /// Looks for every set of <see cref="CueScanner"/> once per document, in the text and in each sentence: a company scored
        /// asks of its sentences and of the text again for each of its tests, and the next company asks the same. The sentences
        /// are complete by then (companies are scored after the sentences).
        /// </summary>
        private void ScanCues(string text)
        {
            if (_cuesScanned)
            {
                return;
            }

            Ensure(ref _sentenceCues, SentenceCount);
            Ensure(ref _sentenceRanges, SentenceCount);
            var bits = MemoryMarshal.Cast<Cues, ulong>(_sentenceCues.AsSpan(0, SentenceCount));
            bits.Clear();
            var sorted = true;
            for (var s = 0; s < SentenceCount; s++)
            {
                _sentenceRanges[s] = (Sentences[s].Start, Sentences[s].End);
                sorted &= s == 0 || Sentences[s].Start >= Sentences[s - 1].End;
            }

            if (sorted)
            {
                _textCues = (Cues)CueScanner.Scan(text, _sentenceRanges.AsSpan(0, SentenceCount), bits);
            }
            else
            {
                // Sentences out of order (none are now): each is scanned on its own, and the text once more.
                _textCues = (Cues)CueScanner.Scan(text, [], []);
                for (var s = 0; s < SentenceCount; s++)
                {
                    CueScanner.Scan(text.AsSpan(Sentences[s].Start, Sentences[s].End - Sentences[s].Start), [(0, Sentences[s].End - Sentences[s].Start)], bits.Slice(s, 1));
                }
            }

            _cuesScanned = true;
        }

        public void AddSentence(in SentenceInfo sentence)
        {
            if (SentenceCount == Sentences.Length)
            {
                Array.Resize(ref Sentences, Sentences.Length * 2);
            }

            Sentences[SentenceCount++] = sentence;
        }

        public void AddReady(Evidence evidence)
        {
            if (DraftCount == Drafts.Length)
            {
                Array.Resize(ref Drafts, Drafts.Length * 2);
            }

            Drafts[DraftCount++] = new LexiconScorer.EvidenceDraft
            {
                Start = evidence.Start,
                Length = evidence.Length,
                Contribution = evidence.Contribution,
                Ready = evidence,
            };
        }

        public int[] MentionEntity(int count)
        {
            Ensure(ref _mentionEntity, count);
            return _mentionEntity;
        }

        public int FirstMention(int entity) => _entityFirstMention[entity];

        public void AddTickerEntity(int firstMention)
        {
            Ensure(ref _entityFirstMention, _entityCount + 1);
            Ensure(ref _entityMentionCount, _entityCount + 1);
            _entityFirstMention[_entityCount] = firstMention;
            _entityMentionCount[_entityCount] = 0;
            _entityCount++;
        }

        public void CountMention(int entity) => _entityMentionCount[entity]++;

        /// <summary>Adds the spans of the mentions, entity by entity, each entity's in text order.</summary>
        public void CollectMentionSpans(int entities)
        {
            var mentions = Mentions;
            Ensure(ref _entitySpanOffsets, entities + 1);
            var offset = 0;
            for (var e = 0; e < entities; e++)
            {
                _entitySpanOffsets[e] = offset;
                offset += _entityMentionCount[e];
            }

            Ensure(ref _mentionsByEntity, mentions.Count);
            Ensure(ref _spans, mentions.Count);
            for (var m = 0; m < mentions.Count; m++)
            {
                var e = _mentionEntity[m];
                var at = _entitySpanOffsets[e]++;
                _mentionsByEntity[at] = m;
                _spans[at] = new SpanInfo { Start = mentions[m].Start, Length = mentions[m].Length, Entity = e, Sequence = at };
            }

            // _entitySpanOffsets[e] now holds the end of entity e's range; shift back to starts.
            for (var e = entities - 1; e >= 0; e--)
            {
                _entitySpanOffsets[e + 1] = _entitySpanOffsets[e];
            }

            _entitySpanOffsets[0] = 0;
            _spanCount = mentions.Count;
        }

        public TickerMention[] GetMentions(int entity)
        {
            var result = new TickerMention[_entityMentionCount[entity]];
            var from = entity == 0 ? 0 : EntityMentionStart(entity);
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = Mentions[_mentionsByEntity[from + i]];
            }

            return result;
        }

        private int EntityMentionStart(int entity)
        {
            var start = 0;
            for (var e = 0; e < entity; e++)
            {
                start += _entityMentionCount[e];
            }

            return start;
        }

        public void AddEntity(List<(int Start, int Length)> spans)
        {
            Ensure(ref _spans, _spanCount + spans.Count);
            Ensure(ref _entityMentionCount, _entityCount + 1);
            Ensure(ref _entityFirstMention, _entityCount + 1);
            _entityFirstMention[_entityCount] = -1;
            _entityMentionCount[_entityCount] = 0;
            foreach (var (start, length) in spans)
            {
                _spans[_spanCount] = new SpanInfo { Start = start, Length = length, Entity = _entityCount, Sequence = _spanCount };
                _spanCount++;
            }

            _entityCount++;
        }

        /// <summary>
        /// Sorts the spans by start, assigns each to its sentence, and works out which entities overlap; forgets the phrase roles
        /// read for the previous document.
        /// </summary>
        /// <param name="tickerEntities">The entities that are the resolver's companies (the first ones): two of them that share a span
        /// ("Both companies said…") are two rivals named together, not one company named twice.</param>
        public void IndexSpans(int tickerEntities)
        {
            Ensure(ref _phraseRoles, DraftCount);
            _phraseRoles.AsSpan(0, DraftCount).Clear();

            var spans = _spans.AsSpan(0, _spanCount);
            if (!InOrder(spans))
            {
                spans.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Sequence.CompareTo(b.Sequence));
            }

            // The sentence of each span (spans and sentences are both in text order), and the first span of each sentence.
            Ensure(ref _sentenceSpanStart, SentenceCount + 1);
            Ensure(ref _sentenceSpanEnd, SentenceCount);
            var s = 0;
            for (var i = 0; i < spans.Length; i++)
            {
                ref var span = ref spans[i];
                while (s < SentenceCount && Sentences[s].End <= span.Start)
                {
                    s++;
                }

                span.Sentence = s < SentenceCount && span.Start >= Sentences[s].Start ? s : -1;
            }

            FixSentenceStarts(spans);

            // Each entity's spans, in sorted order.
            var entities = _entityCount;
            Ensure(ref _entitySpanOffsets, entities + 1);
            _entitySpanOffsets.AsSpan(0, entities + 1).Clear();
            foreach (ref readonly var span in spans)
            {
                _entitySpanOffsets[span.Entity + 1]++;
            }

            for (var e = 0; e < entities; e++)
            {
                _entitySpanOffsets[e + 1] += _entitySpanOffsets[e];
            }

            Ensure(ref _entitySpanIndices, spans.Length);
            Ensure(ref _rivalCount, entities);
            Ensure(ref _onlySource, entities);
            _onlySource.AsSpan(0, entities).Clear();
            Span<int> fill = entities <= 256 ? stackalloc int[entities] : new int[entities];
            fill.Clear(); // stackalloc memory is not zeroed (SkipLocalsInit)
            for (var i = 0; i < spans.Length; i++)
            {
                var e = spans[i].Entity;
                _entitySpanIndices[_entitySpanOffsets[e] + fill[e]++] = i;
            }

            // Overlapping entities (a company and a target named by the same words) are not rivals; two companies in one reference are.
            Ensure(ref _overlaps, entities * entities);
            _overlaps.AsSpan(0, entities * entities).Clear();
            var anyOverlap = false;
            if (entities > 1)
            {
                Ensure(ref _active, spans.Length);
                var active = 0;
                for (var j = 0; j < spans.Length; j++)
                {
                    ref readonly var y = ref spans[j];
                    var kept = 0;
                    for (var a = 0; a < active; a++)
                    {
                        ref readonly var x = ref spans[_active[a]];
                        if (x.Start + x.Length <= y.Start)
                        {
                            continue;
                        }

                        _active[kept++] = _active[a];
                        if (x.Start < y.Start + y.Length && x.Entity != y.Entity && (x.Entity >= tickerEntities || y.Entity >= tickerEntities))
                        {
                            anyOverlap = true;
                            _overlaps[(x.Entity * entities) + y.Entity] = true;
                            _overlaps[(y.Entity * entities) + x.Entity] = true;
                        }
                    }

                    active = kept;
                    _active[active++] = j;
                }
            }

            for (var e = 0; e < entities; e++)
            {
                var rivals = 0;
                for (var other = 0; other < entities; other++)
                {
                    if (!_overlaps[(e * entities) + other])
                    {
                        rivals++;
                    }
                }

                _rivalCount[e] = rivals;
            }

            SharesAttribution = !anyOverlap && entities <= 64;
            _sharedCleared = false;
        }

        /// <summary>
        /// Whether the spans are already sorted by start (ties by sequence), as one company's mentions are: the sort and its
        /// comparison calls are skipped. The order is total (sequences differ), so a sort would leave them as they are.
        /// </summary>
        private static bool InOrder(ReadOnlySpan<SpanInfo> spans)
        {
            for (var i = 1; i < spans.Length; i++)
            {
                ref readonly var a = ref spans[i - 1];
                ref readonly var b = ref spans[i];
                if (a.Start > b.Start || (a.Start == b.Start && a.Sequence > b.Sequence))
                {
                    return false;
                }
            }

            return true;
        }

        private void FixSentenceStarts(ReadOnlySpan<SpanInfo> spans)
        {
            // The first span whose start is at or after each sentence's start, and the first after it that starts at or after its
            // end (found once here: attribution asks for a sentence's spans once per phrase).
            var i = 0;
            for (var s = 0; s < SentenceCount; s++)
            {
                while (i < spans.Length && spans[i].Start < Sentences[s].Start)
                {
                    i++;
                }

                _sentenceSpanStart[s] = i;
                var end = i;
                while (end < spans.Length && spans[end].Start < Sentences[s].End)
                {
                    end++;
                }

                _sentenceSpanEnd[s] = end;
            }

            _sentenceSpanStart[SentenceCount] = spans.Length;
        }

        /// <summary>The spans that start in sentence <paramref name="sentence"/>.</summary>
        public ReadOnlySpan<SpanInfo> SentenceSpans(int sentence) =>
            _spans.AsSpan(_sentenceSpanStart[sentence], _sentenceSpanEnd[sentence] - _sentenceSpanStart[sentence]);

        public ReadOnlySpan<int> EntitySpanIndices(int entity) =>
            _entitySpanIndices.AsSpan(_entitySpanOffsets[entity], _entitySpanOffsets[entity + 1] - _entitySpanOffsets[entity]);

        public int EntitySpanCount(int entity) => _entitySpanOffsets[entity + 1] - _entitySpanOffsets[entity];

        public int RivalCount(int entity) => _rivalCount[entity];

        public ref sbyte OnlySource(int entity) => ref _onlySource[entity];

        public int EntityCount => _entityCount;

        /// <summary>Rivals of <paramref name="entity"/> among the first <paramref name="entities"/> entities (itself included).</summary>
        public int RivalCount(int entity, int entities)
        {
            var count = 0;
            for (var other = 0; other < entities; other++)
            {
                count += IsRival(entity, other) ? 1 : 0;
            }

            return count;
        }

        /// <summary>Whether a span added so far overlaps [start, end).</summary>
        /// <summary>
        /// <see cref="Covers"/> after <see cref="IndexSpans"/>: a binary search of the spans sorted by start, so that a text of many
        /// sentences and mentions asks in logarithmic time. A span covering the range starts before its end, and the spans before
        /// that point are searched back only while one could reach it (no span is longer than a name).
        /// </summary>
        public bool CoversSorted(int start, int end)
        {
            var spans = _spans.AsSpan(0, _spanCount);
            int low = 0, high = spans.Length;
            while (low < high)
            {
                var mid = (low + high) >>> 1;
                if (spans[mid].Start < end)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            for (var i = low - 1; i >= 0 && spans[i].Start > start - MaxNameSpan; i--)
            {
                if (start < spans[i].Start + spans[i].Length)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Longer than any company's name or target a text holds: how far back <see cref="CoversSorted"/> looks.</summary>
        private const int MaxNameSpan = 256;

        public bool Covers(int start, int end)
        {
            foreach (ref readonly var span in _spans.AsSpan(0, _spanCount))
            {
                if (start < span.Start + span.Length && span.Start < end)
                {
                    return true;
                }
            }

            return false;
        }

        public bool IsRival(int entity, int other) => entity == other || !_overlaps[(entity * _entityCount) + other];

        public bool Mentioned(int entity, int sentence)
        {
            foreach (ref readonly var span in SentenceSpans(sentence))
            {
                if (span.Entity == entity)
                {
                    return true;
                }
            }

            return false;
        }

        public bool HasRivalIn(int entity, int sentence)
        {
            foreach (ref readonly var span in SentenceSpans(sentence))
            {
                if (span.Entity != entity && IsRival(entity, span.Entity))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a semicolon stands in the text from <paramref name="from"/> up to <paramref name="to"/>. The last search is kept (the
        /// first semicolon at or after where it started), so that the phrases of one long sentence, each asking about the gap to
        /// the next name, read the text once between them rather than once each.
        /// </summary>
        public bool HasSemicolon(string text, int from, int to)
        {
            if (!ReferenceEquals(text, _semicolonText))
            {
                _semicolonText = text;
                _semicolonFrom = 0;
                _semicolonAt = -1;
            }

            if (from >= _semicolonFrom && from <= _semicolonAt)
            {
                return _semicolonAt < to;
            }

            if (from < _semicolonFrom && _semicolonFrom <= _semicolonAt)
            {
                // Before the kept search: only the text up to where it started is new.
                var early = text.AsSpan(from, _semicolonFrom - from).IndexOf(';');
                _semicolonAt = early >= 0 ? from + early : _semicolonAt;
            }
            else
            {
                var next = text.AsSpan(from).IndexOf(';');
                _semicolonAt = next >= 0 ? from + next : text.Length;
            }

            _semicolonFrom = from;
            return _semicolonAt < to;
        }

        private void Reset()
        {
            _cuesScanned = false;
            _semicolonText = null;
            SentenceCount = 0;
            if (CustomEvidence is not null)
            {
                Drafts.AsSpan(0, DraftCount).Clear();
                CustomEvidence.Clear();
            }

            DraftCount = 0;
            Mentions.Clear();
            _spanCount = 0;
            _entityCount = 0;
            if (Drafts.Length > MaxCachedLength)
            {
                Drafts = new LexiconScorer.EvidenceDraft[32];
            }

            if (Sentences.Length > MaxCachedLength)
            {
                Sentences = new SentenceInfo[16];
            }

            if (_spans.Length > MaxCachedLength)
            {
                _spans = new SpanInfo[16];
                _active = new int[16];
                _entitySpanIndices = new int[16];
                _mentionsByEntity = new int[16];
                _mentionEntity = new int[16];
            }

            if (_evidenceOrder.Length > MaxCachedLength)
            {
                _evidenceOrder = new int[32];
                _evidenceKeys = new EvidenceKey[32];
            }

            if (_phraseRoles.Length > MaxCachedLength)
            {
                _phraseRoles = new PhraseRoles[32];
            }

            if (_shared.Length > MaxCachedLength)
            {
                _shared = new SharedAttribution[32];
            }

            if (Tokens.Length > MaxCachedLength)
            {
                Tokens = new Token[256];
            }

            _ruleWordCount = 0;
            if (_wordIds.Length > MaxCachedLength)
            {
                _wordIds = new int[64];
                _firstNameNodes = new int[64];
                _ruleWords = new RuleWords[64];
            }

            if (_sentenceSpanStart.Length > MaxCachedLength)
            {
                _sentenceSpanStart = new int[16];
                _sentenceSpanEnd = new int[16];
            }
        }

        private static void Ensure<T>(ref T[] array, int length)
        {
            if (array.Length < length)
            {
                Array.Resize(ref array, Math.Max(length, array.Length * 2));
            }
        }
    }
}
