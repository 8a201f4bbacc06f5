/**
 * Quotes and who said them: {@link io.github.lede.extractor.quotes.QuoteAnnotator}, the
 * {@code "quotes"} annotator.
 *
 * <p>What it finds, in order:
 * <ol>
 *   <li><b>Quote spans.</b> Quote marks of every style (“ ” ‘ ’ « » „ “ ‚ ‘ and straight
 *       {@code "} {@code '}) are paired within each paragraph; apostrophes ({@code O’Neill},
 *       {@code Halevi‘s}, {@code the ’90s}) are told apart by the core tokenizer. Nested quotes stay
 *       inside their outer quote, straight ones too when the next two straight marks both close
 *       ({@code "He said "no" to me," X said}). A mark left open ends with its paragraph — or before an
 *       attribution the writer ran into it ({@code “… so have I, he said}) — and never swallows
 *       the rest of the article. A quote left open where the next paragraph opens a mark again
 *       runs on: one DIRECT quote per paragraph, all attributed like the first. Two straight
 *       apostrophes are one double mark ({@code ''Because they're worried,'' Mr. Biden said}, the
 *       style of newswire archives), a third one next to them a single mark nested inside.</li>
 *   <li><b>Names and terms.</b> A quoted span right after a naming word ({@code nicknamed},
 *       {@code so-called}, {@code known as}) or a work noun ({@code the film}, {@code the word}),
 *       a nickname inside a name ({@code Lyle “Shorty” Bannerman}), a short title-cased span with
 *       no attribution or right after a possessive ({@code said on ABC's “This Week with George
 *       Stephanopoulos.”}), a one- or two-word span in a sentence with no reporting verb, words
 *       imagined after {@code as if to say}, and any span in a short paragraph that ends no
 *       sentence (a subheading, a photo caption) is not a quote.</li>
 *   <li><b>Types.</b> A quoted span that opens a sentence, follows an attribution ({@code He
 *       added, “…}, {@code said: “…}), or is itself a capitalised sentence is DIRECT; quoted words
 *       inside a sentence with a reporting verb before them are PARTIAL, also a capitalised
 *       sentence-like span after {@code as}, a determiner or a possessive pronoun ({@code described
 *       himself as her “Obama whisperer.”}). Reported speech without
 *       marks — {@code X said (that) …}, {@code X told Y that …}, {@code …, the company said},
 *       {@code according to X, …}, {@code …, saying …} — is INDIRECT; its text is the clause
 *       without "that" and the final full stop (a comparison after the attribution, {@code …, the
 *       ministry reported, down from 5 percent}, stays outside), cut at {@code , which}, {@code , saying},
 *       {@code and warned}, {@code , and he noted}, {@code , amid}, {@code , and has championed}; a pair of dashes is an aside
 *       inside the clause. Without "that", a clause must open with a subject after verbs other
 *       than say / add / write ({@code denied any wrongdoing} is an object) and reach its verb
 *       before its first comma; {@code suggested}, {@code recommends} and {@code agreed} report only
 *       for a person, a role or a known name ({@code Data suggests that …} reports nothing), and an
 *       announced {@code is expected to say that …} reports too, as do {@code went on to say that},
 *       {@code continued to insist that} and a participle after a speech noun ({@code issued a
 *       statement describing …}); {@code indicated} and {@code signaled} report only for people or
 *       a body ({@code early returns indicated} reports nothing), and {@code and intended to say}
 *       goes on with the same clause. {@code even as} ends a clause, so
 *       the report after it is its own. The items of a list introduced by {@code X also said:} are X's
 *       reported speech. Reported speech holding quoted words gives only the PARTIAL. A block
 *       quote set without marks — a first-person paragraph between third-person ones, right after
 *       a paragraph in which someone spoke — is that speaker's DIRECT quote, with no cue.</li>
 *   <li><b>Cues.</b> Reporting verbs in any tense ({@code said}, {@code was quoted as saying},
 *       {@code told}, {@code warned}, {@code described}), {@code According to}, a dash
 *       ({@code “…” —Name}), the colon of a line that introduces the next paragraph (a line opening {@code Name, Title at Org:} is the named person's), and Q&amp;A
 *       labels ({@code A:}, {@code ESPINOZA:}, {@code ROSIE CURTS:}). In broadcast transcripts a
 *       reporter's label ({@code NAME, BYLINE:}, {@code NAME, HOST:} and that name's later
 *       lines) is narration, whose reported speech is read as in any paragraph.</li>
 *   <li><b>Speakers.</b> The phrase naming the speaker — a name (titles dropped), a pronoun, a
 *       role ({@code the minister}, {@code her daughter}), an organisation noun ({@code the
 *       company}), an appositive name ({@code The company’s chief financial officer, Devendra
 *       Rao,}, {@code her mother, Fiona, said}), past an appositive ({@code Smith, a Republican
 *       from Texas, told}) and past titles inside a name ({@code Facebook CEO Mark Zuckerberg},
 *       {@code White House press secretary Josh Earnest}, {@code fact checker and staff writer David
 *       Emery}, {@code Secretary of State Brad Raffensperger}), past a party tag in parentheses
 *       ({@code Sen. Bernie Sanders (I-Vt.) said}) or a place ({@code Senator X of Kentucky called}),
 *       past a sentence-opening participle or preposition phrase ({@code Alarmed by the unrest,
 *       Senator X said}, {@code Inside the hall, X dismissed …, arguing}), a campaign role with its
 *       complement ({@code The Republican presidential nominee for the Nov. 8 election later said}),
 *       a group opening with a capitalised word ({@code Cyber security experts and U.S. officials
 *       said}), a month that is a given name ({@code April Mellody, a spokeswoman, said});
 *       in the passive, the agent
 *       ({@code described as “…” by the department}); past a relative clause ({@code the source,
 *       who said …, told Reuters}: the listener of "told" never speaks); the subject of a sentence
 *       whose colon introduces the quote, whatever its verb ({@code X shared her view: “…}) — is resolved to a person or organisation of the article: pronouns to the nearest
 *       earlier agreeing mention outside quotes that is not an addressee ("it" preferring the
 *       organisation a sentence opens with, "they" after a sentence opening with a group such as
 *       {@code Republicans in the legislature} being that group); roles to the nearest holder of
 *       the role, abbreviated titles included ({@code the senator} is {@code Sen. Warner}); a
 *       spokesperson to their organisation. Unnamed officials, executives and spokespeople of a
 *       named body are that body ({@code Corvin Labs officials said}, {@code officials at Corvin
 *       Labs}, {@code a spokeswoman for Corvin Labs}, {@code Corvin Labs’ spokesman}), and "the
 *       officials" later are it too; {@code Agency officials} are the agency named before, and a
 *       spokeswoman for a person speaks for that person; "he" or "she" opening a sentence is the
 *       person the previous sentence of the paragraph opens with ({@code Cruz’s review found … He
 *       said}); a quote opening a sentence after one that opens with a person is theirs; a name after a lower-case description behind the verb speaks
 *       ({@code says study author Jane Doe}, {@code said the bank’s lead researcher, Jane Doe}).
 *       Unnamed sources speak under their noun phrase without
 *       determiners or quantifiers: {@code a senior official} is "senior official", {@code two
 *       people familiar with the matter} is "people familiar with the matter", and such a phrase
 *       never resolves to a named person. A quote paragraph with no cue right after narration
 *       that introduces a person ({@code Parata was blunt.}) is that person's. Quotes without a cue inherit
 *       from their paragraph's attributed quote, the quote they run on from, or the chain they
 *       continue; photo captions and credits between them break no chain, and names in them are
 *       no pronoun's antecedent. A quote paragraph right after reported speech continues its
 *       speaker, and verb-less quote paragraphs after one with a speaker go on in that voice;
 *       narration that only echoes a short phrase in marks still introduces the speaker of the
 *       quotes after it. A he or she continuing a sentence that closes with an attribution
 *       ({@code Yet Trump is a “change agent,” Cole said. ¶ “…,” he said}) is that speaker, not the
 *       person the reported words are about; after a short fronted adverbial ({@code Instead, he
 *       suggested}) it continues the previous sentence's subject. The owner of a cue noun speaks
 *       ({@code her claim that …}); a gerund cue after {@code by}, {@code after} or {@code while} is
 *       the sentence subject's ({@code responded by calling him “dopey”}), inside a relative clause
 *       its antecedent's. A kind of organisation ({@code the military}) is one named within two
 *       paragraphs, never a news outlet the story cites ({@code seen by Reuters}, {@code Yahoo News}),
 *       and a role word in a clause after a name ({@code Yahoo News, in which the prince's …}) is
 *       not that name's role. {@code “…,” X said} with a named X right after a partial quote
 *       names its speaker over a reporting verb earlier in the sentence. Speakers link to {@link io.github.lede.model.Entity entities} when the
 *       {@code "entities"} annotator ran.</li>
 * </ol>
 */
package io.github.lede.extractor.quotes;
