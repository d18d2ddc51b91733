/**
 * Common given names from many languages, lower case. A capitalised word pair starting with one of these is
 * taken for a person's name even without a title or a verb of saying. Data only: extend freely, but never with
 * words that are also common English words, place names, months or titles ("hope", "jordan", "june", "bishop").
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  // English and European
  (
    "john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark " +
    "donald steven steve paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob " +
    "gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory frank alexander raymond " +
    "patrick jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle walter ethan jeremy harold " +
    "keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe billy bruce " +
    "albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny " +
    "marc marco tucker jared mike pete tom tim jim bill bob ted ben nick tony chris dan dave sam " +
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley " +
    "kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen " +
    "amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn " +
    "janet ruth maria heather diane julie joyce victoria olivia kelly christina lauren joan evelyn judith megan " +
    "cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail " +
    "julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte " +
    "rose alexis kayla karoline kamala hillary nikki tulsi kristi giorgia ursula kaja annalena emmanuel " +
    "pierre francois françois jacques michel philippe nicolas olivier laurent sebastien sébastien antoine " +
    "friedrich olaf wolfgang hans klaus jurgen jürgen karl heinz johann frank-walter markus matthias stefan andreas " +
    "giuseppe giovanni antonio francesco luca matteo mario sergio paolo pedro pablo carlos javier miguel manuel luis " +
    "jorge fernando rafael alejandro diego andres andrés luiz inacio inácio jair gustavo claudia " +
    "nicolás lula dilma cristina mauricio sebastian sebastián felipe rodrigo " +
    "jan piotr andrzej tomasz pawel paweł krzysztof radoslaw radosław karol mateusz viktor petr pavel " +
    "milos miloš aleksandar zoran dragan ivan jiri jiří vaclav václav martin lars anders jonas mette magdalena ulf " +
    "sanna niinisto sauli dick geert kyriakos recep ahmet mehmet hakan mustafa " +
    // Russian, Ukrainian and Central Asian
    "vladimir dmitry dmitri dmitriy sergei sergey yuri yury yuriy kirill alexei aleksei alexey andrei andrey nikolai " +
    "nikolay mikhail maxim maksim igor oleg boris valentina yelena elena olga tatiana tatyana " +
    "natalia natalya svetlana irina anastasia ekaterina yekaterina volodymyr andriy andrii oleksandr oleksiy mykhailo " +
    "mykola petro denys dmytro rustem yulia iryna kassym-jomart nursultan ilham nikol shavkat emomali " +
    "vyacheslav vasily valery valeriy gennady anatoly leonid grigory konstantin ramzan aleksandr " +
    // Middle East and North Africa
    "mohammed mohammad muhammad mohamed ahmed ahmad ali hassan hussein hussain omar abdullah abdel abdul khalid " +
    "faisal fahd salman sultan tamim hamad saud nasser youssef yousef ibrahim ismail mahmoud karim tariq " +
    "bashar masoud massoud abbas ebrahim javad yair isaac gideon naftali itamar bezalel moshe avi " +
    "tayyip bulent bülent ayman walid nabil rami hamza jassim majed badr sameh " +
    // Sub-Saharan Africa
    "cyril thabo bola muhammadu olusegun goodluck atiku uhuru raila samia yoweri felix " +
    "félix emmerson hage abiy sahle-work ngozi chinua chukwuemeka emeka oluwaseun kwame nana akufo mahamadou " +
    "macky bassirou ousmane abdou amadou kofi kwabena ama yaw abena adebayo adewale babajide funmilayo " +
    "tendai wanjiru wambui kipchoge kiprono otieno achieng fatou aminata aissata mamadou moussa seydou idriss " +
    // South and East Asia, Pacific
    "narendra rahul amit subrahmanyam rajnath nirmala sonia priyanka arvind shehbaz nawaz imran asif bilawal asim " +
    "sheikh hasina yunus ranil anura gotabaya xi li wang zhang liu chen yang zhao huang zhou wu qin " +
    "jinping qiang yi keqiang kishida fumio shigeru sanae shinzo yoshihide taro toshimitsu yoon suk lee jae-myung " +
    "moon jae-in kim han park choi penny malcolm jacinda winston " +
    "prabowo joko anwar ferdinand bongbong hun manet prayut thaksin paetongtarn srettha " +
    "anita jagmeet chrystia melanie mélanie francois-philippe dominic " +
    // English-speaking countries: men
    "todd don donnie ronnie lonnie johnnie jimmy jimmie timmy tommy danny davey davy kenny benny lenny " +
    "sammy freddie freddy teddy eddie ed ricky rick ron jon jonny robbie bobbie bert bertie alf alfie " +
    "archie charlie harry harvey hal ollie oliver olly leo leon lewis louie luke liam mason elliot " +
    "elliott ellis ewan euan callum calum connor conor declan dermot desmond eamon eamonn fergus finn " +
    "finlay fraser angus alistair alasdair alastair hamish iain ian ewen gordon graham greig gregor neil " +
    "niall rory ross stuart lachlan alec alex allan allen alvin ambrose andy angelo anton archibald " +
    "arnold arnie barney barry bart basil bernard bernie bertram blake bradley brad brendan brett brock " +
    "bryce byron caleb calvin cameron cecil cedric clarence claude clayton clement clifford clint clive " +
    "colin conrad cornelius craig curtis cyrus damian damien damon darren darrell darryl daryl derek " +
    "dexter doug duane dudley duncan dustin dwayne dwight edgar edmund edwin elmer elton elvis emmett " +
    "enoch ernest ernie errol erwin evan everett ezra floyd francis fred frederick garrett garry gavin " +
    "geoff geoffrey glenn godfrey graeme greg gus hank harlan herbert herman hubert hugh hughie humphrey " +
    "irving ivor jake jamie jarrod jasper jay jed jeff jeffery jeremiah jerome joel johnathan josh josiah " +
    "jude julian julius kane keegan keir keiran kieran kurt lionel lloyd lorne luther lyle lyndon mack " +
    "marcus marvin maurice melvin merle micah mickey mitch monty morris mort myron nathaniel ned neville " +
    "nigel noel orville oscar oswald otis owen percy perry phil phillip quentin quincy randall randolph " +
    "reginald reggie rex rhys richie rodney roland rolf ronan roscoe rowan rudolph rudy rufus rupert russ " +
    "sanford saul seamus shane shaun shawn sheldon sherman sid sidney silas simon spencer stanley stan " +
    "stu sylvester terence terrance thaddeus theo theodore tobias toby trevor tristan ulysses vaughn " +
    "vernon vic victor vince virgil wallace walt warren wendell wesley wes wilbur wilfred willard willis " +
    "woodrow wyatt zach zack zane lindsey lindsay rishi liz nadhim kemi priti suella sajid mitt chuck " +
    "hakeem jd merrick antony marjorie ilhan rashida cory kyrsten elon sundar satya camilla meghan kate " +
    "yvette bridget anneliese nanaia erica kiri nicola simeon " +
    // English-speaking countries: women
    "vivian vivien vivienne monica monique wendy tracy tracey stacy stacey kristin kristen kirsten krista " +
    "kristina kathy cathy katie katy kay becky becca beth bethany betsy bette brigid caitlin kaitlyn cara " +
    "carla carly carmen caroline carrie cassandra cassie cecilia celeste celia charlene charmaine cherie " +
    "chloe christie christy cindy claire clara colleen connie courtney dana daphne darlene deanna debbie " +
    "deirdre delia dianne dolores dora doreen edith edna eileen elaine eleanor elise eliza ella ellen " +
    "ellie eloise elsie emilia emilie erika erin esther ethel eugenia eunice eva evangeline fiona flora " +
    "fran francesca freda freya gabrielle gail gayle genevieve georgina geraldine gertrude gillian gina " +
    "ginny gwen gwendolyn harriet hattie heidi helena henrietta hilary hilda ida imogen ingrid irene " +
    "isabel isabelle jackie jacqui jana jane janelle janine jasmine jeanette jeanne jenna jenny jess " +
    "jessie jill jo joanna joanne jodie jody josephine josie juanita julianne juliet juliette justine " +
    "kara karin katharine kathrine katrina kendra kirsty lana laurie leah leanne leigh lena leona lesley " +
    "leslie lexi lila lillian lois loretta lorna louisa louise lucia lucille lucinda lucy luisa lydia " +
    "lynda lynette lynn lynne mabel mackenzie madeleine madeline maggie mandy marcia margarita margo " +
    "margot mariah marian marianne marion marlene marsha martina maureen maxine meg melinda mia michaela " +
    "mildred millie miranda miriam molly mona muriel myra nadia nadine naomi natasha nell nellie nina " +
    "nora norma paige pam patsy paula pauline peggy philippa phoebe phyllis polly priscilla rachael " +
    "rebekah rena renee rhonda rita roberta robin robyn rosalind rosalyn rosanna rosie roxanne sabrina " +
    "sadie sally selina serena sheila shelby shelley sienna silvia sonja sophie stella susie suzanne " +
    "sybil sylvia tamara tammy tanya tara teri tess tessa thelma tina toni tonya trudy valerie vanessa " +
    "vera veronica vicki vickie vicky wanda wilma yolanda yvonne zoe zoë kari ayanna gretchen mazie " +
    // Spanish and Portuguese
    "adriana agustin agustín aida alberto alfonso alfredo alicia alonso alvaro álvaro amalia amparo ana " +
    "ángel antonia araceli arturo augusto aurelio beatriz benito bernardo blanca camila candelaria " +
    "carmelo catalina cayetana cesar césar concepción consuelo cristian cristóbal cristobal daniela " +
    "delfina eduardo elisa emilio enrique ernesto esperanza esteban evo federico fernanda fidel florencia " +
    "francisca francisco gabriela gaspar gerardo gilberto gonzalo graciela guillermo hector héctor hernan " +
    "hernán horacio hugo ignacio ines inés isidro jaime jesús jimena joaquin joaquín josé josefina juana " +
    "julio lorena lucas luciana luciano lucía manuela marcela marcelo mariano marisol marta martín mateo " +
    "maximiliano milagros mirta nahuel nelson nestor néstor octavio óscar paloma patricio pilar ramiro " +
    "ramon ramón raul raúl reinaldo ricardo roberto rocio rocío rogelio rolando ruben rubén sofía soledad " +
    "susana tomas tomás valentin valentín valeria verónica vicente violeta ximena xiomara axel massa iván " +
    "nayib delcy edmundo maría corina dina ollanta keiko jeanine yamandú yamandu tabaré tabare pepe " +
    "laurentino danilo letizia carles pere josep joão joao antónio luís nuno paulo andré andre aníbal " +
    "anibal mário gonçalo goncalo rui tiago vasco duarte sebastião sebastiao henrique afonso diogo simão " +
    "simao martim guilherme leonardo matheus mateus davi enzo heitor lorenzo bruno caio vinícius vinicius " +
    "thiago fabio fábio marcio márcio alexandre geraldo flávio flavio tarcísio tarcisio romeu ciro simone " +
    "gleisi rosângela rosangela janja celso mauro anielle sônia renan deltan gilmar cármen lúcia edson " +
    "cristiano kassio joaquim jaqueline conceição conceicao aparecida raimundo raimunda sebastiana fátima " +
    "fatima juliana luana bruna letícia leticia larissa giovanna isadora alícia heloísa heloisa cecília " +
    "lívia livia laís lais mariana patrícia tânia tania renata débora debora priscila cláudia márcia " +
    // French
    "adrien agnès agnes aimé alain albane amandine amélie amelie anaïs anais anne annick anouk antoinette " +
    "apolline arnaud audrey augustin aurélie aurelie aurélien aurelien baptiste barnabé barnabe bastien " +
    "benoît benoit bernadette blandine brigitte camille capucine cécile cecile céline celine chantal " +
    "chloé christelle christiane christophe clarisse clémence clemence clément colette coralie corentin " +
    "cyrille delphine denis didier dominique édouard edouard eléonore eleonore éliane eliane élisabeth " +
    "elisabeth élise éloïse elsa émile emile émilie emmanuelle éric estelle étienne etienne eugénie " +
    "eugenie évelyne evelyne fabien fabienne fabrice florent florian francine franck françoise francoise " +
    "frédéric frederic frédérique frederique gaël gael gaëlle gaelle gaspard gaston geneviève georges " +
    "gérald gérard gerard géraldine germain ghislaine gilbert gilles grégoire gregoire guillaume gustave " +
    "hélène helene henri hervé herve hugues jean-baptiste jean-claude jean-françois jean-francois " +
    "jean-louis jean-luc jean-marc jean-marie jean-michel jean-noël jean-noel jean-paul jean-pierre " +
    "jean-yves jérémie jeremie jérôme joël joëlle joelle josiane jules julien laetitia laure laurence léa " +
    "lea léon léonie leonie loïc loic luc lucie lucien ludovic lydie manon marcel margaux marguerite " +
    "marie-claude marie-france marie-noëlle martine mathieu mathilde matthieu maxime michèle michele " +
    "micheline mireille nadège nadege nathalie noël noémie noemie océane oceane odile odette pascal " +
    "pascale patrice paulette pierre-yves raphaël raphael raphaëlle régine regine rémi remi rémy remy " +
    "renaud rené rene romain sabine sandrine ségolène segolene serge séverine severine solène solene " +
    "stéphane stephane stéphanie sylvain sylvie thérèse therese thibault thibaut thierry timothée " +
    "timothee valérie véronique veronique virginie xavier yann yannick yves zoé rachida yaël yael " +
    // German, Dutch, Nordic
    "achim adolf alfred alois anja anke annegret annette antje arne arno bärbel baerbel benedikt bernd " +
    "berndt bertha bettina birgit björn bjorn burkhard carsten christa christel christoph cem cornelia " +
    "dagmar detlef dieter dietmar dietrich dirk dorothea egon ekkehard elke elmar emil erich ernst ewald " +
    "franz franziska frauke fritz gabriele georg gerd gerda gerhard gerlinde gernot gisela gottfried " +
    "gudrun guido günter gunter günther gunther gustav hannelore hannes hans-georg hans-jürgen hans-peter " +
    "harald hartmut heike heiko heiner heinrich heinz-christian helga helge helmut helmuth hendrik " +
    "hermann hildegard holger horst hubertus ilse ingeborg ingo irmgard jens joachim jochen johanna " +
    "johannes jörg jorg josef juergen jutta karl-heinz karl-theodor katarina katharina katja katrin " +
    "kerstin klara konrad lothar lukas malu manfred mareike margarete margit maximilian meike nils " +
    "norbert otto petra philipp rainer ralf reiner reinhard reinhold renate rüdiger ruediger rudolf sahra " +
    "saskia siegfried sigmar sigrid silke stefanie steffen stephan susanne svenja sven thilo thorsten " +
    "tilman udo ulla ulrich ulrike uwe volker waltraud werner wilfried wilhelm winfried wolfram tino " +
    "joschka armin beate ignazio aad adriaan arjen bas bram caspar cees coen daan diederik dirk-jan dolf " +
    "eelco erik evert femke fenna frans frits gerrit gijs hanneke henk ilja ivo jaap jan-peter jeroen " +
    "joost joris karel kees klaas koen lieke lotte luuk maarten marijke marjolein martijn menno mirjam " +
    "niels nienke pieter rik roel ruud sanne sietse sjoerd stef teun thijs tjeerd wim wopke wouter dilan " +
    "elio aksel ane anette anna-lena annie asbjørn asbjorn astrid birgitta bjarne bo bodil britt dag " +
    "eirik einar elin erna espen frida fredrik gro gunnar gustaf hakon haakon halvard hanne helle henrik " +
    "hjalmar ingvar ivar jakob jonatan kaj kjell knut kristian kristoffer lars-erik leif lennart linnea " +
    "lise lotta magnus margrethe mattias morten ola olof oskar ove pernille petter ragnar rasmus sigurd " +
    "sigve sindre siv solveig stig stina sune svein sverre terje torbjørn torbjorn trine trond ulrika " +
    "viggo vilhelm pål petteri antti elina riikka aino aleksi eero eija heikki hannu ilkka jari jarmo " +
    "jorma juha juho jukka jussi jyrki kaisa kimmo lauri leena liisa markku matti mika mikko minna niko " +
    "paavo pekka pentti pirkko raimo risto sakari satu seppo tapio tarja teemu timo tuomas tuomo ville " +
    "bjarni katrín sigurður sigurdur guðni gudni halla jóhanna ólafur olafur " +
    // Italian
    "achille ada adriano agostino alba aldo alessandra alessandro alessia alighiero amedeo antonella " +
    "antonietta antonino arianna armando attilio benedetta beppe bettino bianca camillo carlo carmela " +
    "carmine caterina cesare chiara claudio corrado cosimo dario davide domenico donatella edoardo " +
    "eleonora elisabetta emanuele emanuela enrico ettore fabrizio federica ferdinando filippo flavia " +
    "franca franco gaetano giacomo giada gianfranco giancarlo gianluca gianluigi gianni gianna gigi gino " +
    "giorgio giulia giuliana giuliano giulio giuseppina graziano ilaria lamberto loredana lucio luigi " +
    "marcello massimiliano massimo maurizio michela mirella nicoletta nino orazio ornella ottavio paola " +
    "patrizia piero piergiorgio pietro raffaele raffaella renato renzo riccardo rocco romano rosaria " +
    "rossella salvatore sandro silvana silvio simona stefania stefano tiziana tommaso ugo umberto valerio " +
    "vincenzo vito vittoria vittorio elly benedetto adolfo " +
    // Slavic and Baltic
    "aleksandra aleksander alla alina alisa anastasiya anatoliy anatolii angelina antonina arkady arkadiy " +
    "arseniy arseny artem artyom artur bogdan bohdan borys daria darya dmitrii dobromir eduard evgeny " +
    "evgeniy evgenia galina gennadiy georgy georgiy gleb grigoriy hanna halyna ihor ilya ilia inna ivana " +
    "kateryna katerina kira kostiantyn kostyantyn kseniya ksenia kuzma larisa larysa liudmila lyudmila " +
    "lyubov mariya maryna matvei matvey milana nadezhda nadiya nikita oksana oleksandra oleksii olena " +
    "olha pavlo polina rodion ruslan ruslana semyon sofiya stanislav stepan taras timofey timur tymofiy " +
    "uliana ulyana vadim vadym valeriya vasyl veronika viktoriya viktoria vitaliy vitaly vitali vladislav " +
    "vladyslav vsevolod yakov yana yaroslav yaroslava yevgeny yevhen yevheniya yulian yuliya zakhar " +
    "zinaida zoya kyrylo wladimir yuliia elvira sviatlana agata agnieszka alicja beata bogusław boguslaw " +
    "bozena bożena czesław czeslaw dariusz dorota edyta elżbieta elzbieta ewa franciszek grażyna grazyna " +
    "grzegorz halina irena iwona izabela jacek jadwiga jakub janina jarosław jaroslaw jerzy józef jozef " +
    "justyna katarzyna kazimierz kinga krystyna leszek lech ludwik łukasz lukasz maciej małgorzata " +
    "malgorzata marcin marek mariusz michał mieczysław mieczyslaw mirosław miroslaw monika przemysław " +
    "przemyslaw rafał rafal ryszard sławomir slawomir stanisław stanislaw szymon tadeusz urszula wacław " +
    "waclaw wiesław wieslaw witold władysław wladyslaw wojciech zbigniew zdzisław zdzislaw zofia zuzanna " +
    "alena aleš ales antonín antonin bohumil bohuslav božena eliška eliska františek frantisek hana " +
    "jarmila jaroslav jindřich jindrich jiřina jirina kamila kateřina klára kristýna kristyna ladislav " +
    "lenka libor lubomír lubomir ludmila lukáš markéta marketa matěj matej miloslav miroslav oldřich " +
    "oldrich ondřej ondrej pavla radek radim radka rostislav šárka sarka štěpán tereza tomáš věra " +
    "vladimír vlasta vojtěch vojtech zdeněk zdenek zuzana andrej juraj péter katalin tamás tamas zoltán " +
    "zoltan gergely gyula lászló laszlo istván istvan ferenc sándor sandor attila balázs balazs csaba " +
    "dániel imre józsef jozsef judit krisztina márta mihály mihaly miklós miklos nándor ottó zsolt " +
    "zsuzsanna ágnes anikó aniko éva erzsébet erzsebet ilona ivica andrija biljana bojan božidar bozidar " +
    "branislav branko darko davor dejan dragana dražen drazen dušan dusan dušanka goran gordana jadranka " +
    "jasmina jelena jovan ljubica ljubiša ljubisa marija marko mila milica milo milorad miodrag mirjana " +
    "mladen momčilo momcilo nebojša nebojsa nemanja nenad nikola predrag radovan ratko sanja saša sasa " +
    "siniša sinisa slobodan snežana snezana srđan srdjan tanja tatjana tomislav uroš uros velimir vesna " +
    "vladan vojislav vuk zdravko željko zeljko žarko zarko kolinda željka zeljka jakov milojko hristijan " +
    "edi ilir sali albin vjosa hashim blerim arben artan besnik bujar driton fatmir flamur gëzim gezim " +
    "kujtim lulzim mimoza shpend valon rumen boyko kiril asen rosen denitsa iliana atanas blagoy boyan " +
    "desislava dimitar dimitrina elka georgi hristo ivaylo krasimir lyuben petar plamen radoslav rositsa " +
    "stoyan tsvetan vasil vesela yordan zhivko nicolae ion ilie nicușor nicusor crin maia dorin adrian " +
    "alexandru andreea anca catalin cătălin claudiu cosmin dragoș dragos florin gheorghe ioana ionel " +
    "ionuț ionut iulian iulia laurențiu laurentiu liviu lucian mădălina madalina mihaela mihai mircea " +
    "nicoleta ovidiu petre radu sorin ștefan teodor traian vasile viorel viorica gitanas gabrielius " +
    "ingrida gintautas kęstutis kestutis dalia algirdas arvydas audrius darius dovilė dovile egidijus " +
    "giedrius gintaras jurgita justas laurynas linas mantas mindaugas rasa rimantas saulius viktorija " +
    "vilius vytautas žygimantas edgars evika krišjānis andris artis baiba dace egils gunta ilze inese " +
    "jānis janis juris kristaps laila liene māris maris raimonds valdis alar margus evelin toomas indrek " +
    "jüri juri kersti liina mihkel priit tiit tõnis tonis urmas " +
    // Greek and Cypriot
    "nikos stefanos konstantinos giorgos antonis evangelos yanis adonis alexandros anastasios angeliki " +
    "antonios apostolos aristotelis athanasios athina christos chrysa despina dimitra dimitrios dimitris " +
    "eleftherios eleni evangelia fotini fotis georgios giannis haris ilias ioannis kostas konstantina " +
    "kostis lambros manolis marios michalis miltiadis nektarios nikolaos odysseas panagiotis panos " +
    "pantelis paraskevi petros sotiris spyros stavros stelios theodoros thanasis thanos vasiliki vassilis " +
    "vasilis yannis yiannis " +
    // Turkish, Azerbaijani, Central Asian
    "mevlut mevlüt kemal ekrem özgür ozgur mansur meral yaşar yasar cevdet selahattin adnan alper arda " +
    "aslı asli ayla aylin aysel ayşe ayse aysun bahar barış baris berk berkay betül betul burak burcu " +
    "canan cemal cengiz deniz derya ebru elif emine emre engin ercan erdal erkan esra fatih fatma ferhat " +
    "filiz gökhan gokhan gül gul gülşen gulsen halil hamdi hasan hatice hülya hulya ilker irem kadir " +
    "kenan levent mahmut melek melike meltem merve mesut metin murat nazlı nazli necati nesrin nihat nuri " +
    "oğuz oguz okan onur orhan osman ozan özlem ozlem pınar pinar rıza riza sabri selim selin semra " +
    "serdar sevgi sibel süleyman suleyman şükrü sukru tarık tarik tuğba tugba tülay tulay turgut ufuk " +
    "uğur ugur ümit umit volkan yasemin yavuz yusuf zehra zeki zeynep mehriban jeyhun ramiz hikmet sadyr " +
    "gurbanguly askar olzhas alikhan aibek asylbek azamat bakhyt bakytzhan daniyar dauren dinara erlan " +
    "gulnara kairat marat nurlan rustam saule yerlan zhanna abdulaziz akmal alisher anvar aziz bakhodir " +
    "bobur davron dilshod farrukh jamshid jasur laziz nodir otabek sardor sherzod ulugbek umid " +
    // Armenian and Georgian
    "vahagn serzh levon ani anahit aram armen arsen artak arman ashot davit gagik garegin gevorg grigor " +
    "hayk hovhannes lilit mher narek samvel sargis suren tigran vahan vardan irakli salome mikheil " +
    "bidzina giorgi nika gela ketevan levan lasha luka mamuka otar shalva tamar tamaz tengiz vakhtang " +
    "zurab " +
    // Arabic (romanised)
    "mohamad muhammed mohammad-reza mohamad-reza mohammadreza mahmud abdulla abdallah abdelaziz " +
    "abdulrahman abdelrahman abdul-rahman abdel-rahman abdulkarim abdelkarim abdullahi abdulmalik " +
    "abdelmalek abdulhamid abdelhamid abdelmadjid abdelmajid abdulmajid abdelilah abdellatif abdelkader " +
    "abdulqader abdel-fattah abdelfattah abdulsalam abdussalam abdulwahab abdelwahab abdulhadi abdelhadi " +
    "abdelhak abderrahmane abdoulaye adel adil adham afaf ahlam aisha aicha aïcha ayesha ayisha akram " +
    "alaa ameer amer amin amina amir amira ammar amr anas asad asma atef azzam bahaa baha bakr bandar " +
    "basma bassam bassem bilal boutros burhan dalal dima diab ehab emad fadi fadel fadia fahad fahmi " +
    "faiza farah farid farouk faruq fathi fawaz fawzi fayez fayyad feras firas fouad fuad ghada ghaith " +
    "ghassan habib hadi hafez haider haidar haitham hala hamdan hamid hanan hani hashem hatem haytham " +
    "hazem hicham hisham hiba hoda huda hosni hossam husam ibtisam ihab imad iman issa issam iyad izzat " +
    "jaber jabir jafar jamal jamil jassem jawad jumana kamal kareem khaled khalil khalifa layla leila " +
    "lina lubna luay lujain maha maher majid malak malek malik mamdouh manal mansour marwan maryam marwa " +
    "mazen moataz monir mounir mounira muna murad musa mustapha nabila nada nadim naguib nahla naif nawaf " +
    "nayef nizar nour noura nouri nuha osama ousama qasim qassem qais rabab rabie rafik rafiq raed raghad " +
    "rahma rana randa rania rasha rashid rashed rawan riad riyad rima rida ruba saad sadiq saeed safa " +
    "sahar saif salah saleh salim salma salwa sameer samir samira sami sawsan shadi sherif shireen sihem " +
    "soha suhail suha suleiman sulaiman tahani taher tahir talal tarek tareq thamer thamir wael waleed " +
    "wassim wissam yahya yasmin yasmina yasmine yasser yassir yazan yazid yousif zaid zainab zeina ziad " +
    "zakaria zakariya zuhair fattah mostafa kais turki tahnoun mishal isa abdalla mousa naim najib nabih " +
    "asaad nechirvan masrour latif muqtada abdul-malik rashad " +
    // Persian, Afghan, Kurdish
    "bagher hossein mojtaba qasem esmail akbar mir-hossein mehdi narges nasrin shirin mahsa afshin " +
    "alireza arash ardeshir ardalan arya azadeh babak bahman bahram behnam behrouz bijan dariush ehsan " +
    "elham farhad fariba farzad farzaneh fereydoun fereshteh ghazal golnar hamed hamidreza hooman jalal " +
    "kambiz kamran kaveh kian kourosh kurosh laleh mahnaz mani mehrdad mehran mitra mohsen morteza nader " +
    "navid nazanin niloufar omid parisa parviz payam pegah peyman pouya ramin reza roya saman sanaz " +
    "sepideh shahram shahrzad siamak sima soheila soraya taraneh vahid yasaman zahra ashraf hibatullah " +
    "sirajuddin zabihullah amrullah gulbuddin " +
    // Hebrew and Israeli
    "yoav gadi yariv avigdor yuli merav ayelet tzachi herzi eyal ronen dani ehud ariel shimon yitzhak " +
    "golda menachem avraham avishai aviv ayala aryeh arieh asaf assaf avner batya boaz chaim dov efrat " +
    "eitan elad eli eliezer eliyahu elior eran erez gilad hadas hagai haim hila ilan inbal itai itay " +
    "itzik liat limor liora lior maayan miri moti naama nadav natan nir noa noam ofer ofir omer oren ori " +
    "osnat rivka ronit roni rotem sagi shachar shai shaul shira shlomo shmuel shoshana shuki tal tomer " +
    "tzipi uri yaakov yaacov yehuda yehudit yigal yonatan yossi yosef zeev ze'ev zvi " +
    // South Asia
    "ajit mamata yogi nitish nitin piyush ashwini hardeep mallikarjun sharad uddhav eknath devendra " +
    "siddaramaiah revanth chandrababu jagan mohan pinarayi himanta bhupendra droupadi nath pranab " +
    "manmohan atal lal krishna shashi asaduddin akhilesh tejashwi mehbooba aadi aakash aarav aarti abhay " +
    "abhijit abhinav abhishek aditi aditya ajay akash akshay alok amar amitabh amol amrita anand anil " +
    "anirudh anjali ankit ankita anupam anuradha anurag aparna archana arjun arun aruna ashish ashok " +
    "ashutosh atul avinash bhaskar bhavna brijesh chandra chetan deepa deepak deepika devi dhruv dilip " +
    "dinesh divya gaurav geeta gita girish gopal govind hari harish hemant indira ishaan jagdish jayant " +
    "jaya jitendra jyoti kailash kalpana kapil karan kavita kiran kishore kunal lakshmi lalit madhu " +
    "mahesh manish manoj meena meera mukesh nalini naresh naveen neelam neha nikhil nilesh nupur pankaj " +
    "pooja prakash pramod pranav prashant pratibha praveen preeti prem priya rajeev rajesh rajiv rakesh " +
    "ramesh ranjan ravi rekha renu ritu rohit sachin sandeep sanjay sanjeev santosh sarita satish shankar " +
    "shanti shekhar shiv shobha shweta siddharth smita sneha sudhir sujata sumit sunil sunita suresh " +
    "sushil swati tarun uday uma umesh usha varun vijay vikas vikram vinay vinod vishal vivek yash yogesh " +
    "gautam ratan virat shahrukh aishwarya benazir ishaq mohsin arif mehmood fazlur aftab ahsan amjad " +
    "arshad ashfaq atif babar bushra farooq fawad haroon humaira imtiaz irfan jahangir junaid kashif " +
    "khurram maleeha mehwish mubashir nadeem naeem naveed nosheen pervaiz pervez qamar rizwan sadia saima " +
    "shahid shahbaz shaheen shazia shoaib sohail talha tanveer umar usman waqar waseem yasir zahid " +
    "zeeshan zubair khaleda tarique rahman sajeeb abul anisul asaduzzaman fakhrul mahbub mirza nahid " +
    "obaidul shafiqul tofail zillur kumara mahinda sajith harini vijitha maithripala pushpa baburam " +
    "sushila balendra balen " +
    // Southeast Asia
    "jokowi gibran retno airlangga luhut anies ganjar megawati susilo bambang puan erick sandiaga mahfud " +
    "ridwan agus tito budi bahlil andi dedi dewi eko endang fadli hendra heru indra kartika nyoman putri " +
    "rudi setya siti suharso sumarno susi teguh wahyu wayan yanti yudi yusril zulkifli mahathir muhyiddin " +
    "rafizi saifuddin nurul hishammuddin khairy azmin amirudin aminuddin azalina fadillah tharman halimah " +
    "leni imee manny chiz risa jinggoy benigno noynoy corazon diosdado jejomar isko vico raffy teresita " +
    "yingluck prawit anutin abhisit chuan parnpree sihasak natthaphong apinya chaiwat kittisak narong " +
    "nattapong panya pornthip prasert prayuth samak sirikit somchai sompong somsak sunthorn supachai " +
    "surapong thanat thanom wichai sonexay thongloun " +
    // East Asia (given names, never family names)
    "jiabao jintao zemin xiaoping zedong enlai huning leji zhengsheng yuzheng shaoqi chunying lijian " +
    "wenbin yingying liqun xueqing xuexiang dingxiang jianchao yanjun jianguo jianhua xiaoming xiaohong " +
    "zhiqiang zhiwei haiyan weidong guoqiang shaohua ing-wen ching-te ying-jeou shui-bian teng-hui " +
    "jong-un yo-jong il-sung jong-il suk-yeol geun-hye myung-bak moo-hyun dae-jung young-sam han-duck " +
    "duck-soo hak-su nak-yon dong-hoon chul-soo yoshimasa koichi shinjiro junichiro yukio naoto yoshihiko " +
    "katsuya yuko yoko takeshi yasutoshi hirokazu kiyoshi haruhiko tomoko yuriko hakubun akie naruhito " +
    "masako aiko akihito michiko fumihito hisahito kako akihiro akiko akira asuka atsuko atsushi ayaka " +
    "ayako ayumi chiaki chihiro daiki daisuke emi eri etsuko fumiko genki haruka haruki haruto hayato " +
    "hideaki hideki hideo hidetoshi hikari hina hinata hiroaki hirofumi hiroko hiromi hironori hiroshi " +
    "hiroto hiroyuki hisako hitomi ichiro ikuko isamu jiro junko junya kaori kaoru katsuhiko kazuhiro " +
    "kazuki kazuko kazumi kazuo kazuya keiichi keisuke kenichi kenji kenta kentaro kiyomi koji kumiko " +
    "kyoko mai maiko makiko makoto mami mamoru manabu mari mariko masaaki masahiro masaki masami masanori " +
    "masao masaru masashi masato masayoshi masayuki mayumi megumi midori miho miki minoru misaki mitsuko " +
    "mitsuru miyuki momoko naoki naoko natsuki nobuko nobuo nobuyuki noriko norio osamu reiko rie rika " +
    "riku rin ryo ryoko ryota ryuichi ryunosuke sachiko saki satoko satomi satoru satoshi sayaka seiji " +
    "shigeo shiho shingo shinichi shinji shintaro shiori shohei shota shuichi shunsuke sota sumiko susumu " +
    "tadashi takahiro takako takao takashi takayuki takumi takuya tamotsu tatsuya tetsuya tomohiro tomoki " +
    "tomomi toru toshiaki toshiko toshio toshiyuki tsutomu tsuyoshi wataru yasuhiro yasuko yasuo yasushi " +
    "yoichi yoshiaki yoshiko yoshinori yoshio yoshiro yosuke yuji yuka yukari yuki yukiko yumi yumiko " +
    "yusuke yuta yutaka yuzuru " +
    // Sub-Saharan Africa
    "naledi bheki fikile gwede kgosientsho umaru kashim yemi nyesom bukola rabiu nasir godswill akinwumi " +
    "aliko femi rigathi kithure musalia kalonzo mwai jakaya tundu muhoozi bobi isaias salva riek hakainde " +
    "lazarus filipe mokgweetsi netumbo nangolo mahamudu alassane umaro assimi abdourahamane mahamat andry " +
    "brice " +
    // Yoruba
    "abimbola abiodun abiola adaeze adebola adebowale adedayo adedeji adeola adeleke adekunle ademola " +
    "adenike adeniyi adesola adetokunbo adewunmi adeyemi ayodele ayodeji ayomide ayotunde babatunde banji " +
    "bisi bolaji bolanle busayo damilola dapo dayo demola ebunoluwa folake folarin folasade folashade " +
    "funke funmi gbenga jide jumoke kayode kehinde kunle lanre lola lolade modupe morenike niyi olabisi " +
    "oladele oladipo olaitan olajide olamide olanrewaju olatunde olatunji olawale olayinka oluwafemi " +
    "oluwakemi oluwatobi omolara omotola opeyemi segun seun shola sola taiwo tayo temitope tinuke tobi " +
    "tokunbo tolu tolulope tunde tunji wale wole wunmi yetunde yinka " +
    // Igbo
    "adanna amaka amarachi chiamaka chibuike chidi chidinma chiemeka chigozie chika chike chikezie chima " +
    "chimamanda chinedu chinonso chinwe chioma chisom chukwudi chukwuma ebuka ekene ifeanyi ifeoma ijeoma " +
    "ikechukwu kelechi nkechi nnamdi nneka obinna obiageli nkem ogechi okechukwu onyeka somto uche " +
    "uchenna ugochukwu uzoma " +
    // Hausa and Fulani
    "abba abdulsamad aliyu aminu bashir bello dahiru danjuma garba habiba hadiza hauwa idris jamila " +
    "kabiru lawal nafisa nuhu sani shehu yakubu zulaihat " +
    // Swahili and East Africa
    "amani baraka bahati hamisi imani jabari jelani juma kamau kariuki kibet kimani kioko kiprop kipruto " +
    "makena mbugua mugo muthoni mwangi neema njeri njoki nyambura odhiambo ochieng okello onyango wafula " +
    "wairimu wanjiku waweru zawadi zuberi " +
    // Amharic, Tigrinya, Oromo
    "abebe abel alemayehu almaz amanuel berhane biniam bekele dawit demeke desta ermias eyob fikre " +
    "fikremariam girma haile hailemariam kebede lidetu mekonnen meles mengistu mesfin mulatu negash selam " +
    "selamawit semere tadesse tekle tesfaye tewodros tigist tsegaye worku yared yohannes zewditu " +
    // Zulu, Xhosa, Sotho, Tswana, Shona
    "ayanda bongani bonginkosi busisiwe lindiwe lungisa lwazi mandla mpho nkosazana nkosinathi nomvula " +
    "nomsa nosipho palesa sibusiso sipho siphiwe sizwe thandeka thandi thando themba thembeka thulani " +
    "tshepo tumelo vusi zanele zodwa zola zolani busi khanyisile kgalema lindani mosiuoa thoko chipo " +
    "farai kudakwashe nyasha rutendo tafadzwa tatenda tinashe tsitsi " +
    // Akan and Ghana
    "adjoa adwoa afia afua akosua akua efua esi kojo kwadwo kwaku kwasi kwesi kobina yaa " +
    // French-speaking and Central Africa, Lusophone Africa
    "aïssata boubacar cheikh fatoumata ibrahima mariam modibo oumar salif souleymane soumaila tiémoko " +
    "yacouba"
  ).split(" "),
);
