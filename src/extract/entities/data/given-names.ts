/**
 * Common given names from many languages, lower case. A capitalised word pair starting with one of these is
 * taken for a person's name even without a title or a verb of saying. Data only: extend freely.
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
    "marc marco tucker jared keith mike pete tom tim jim bill bob ted ben nick tony chris dan dave sam " +
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley " +
    "kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen " +
    "amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn " +
    "janet ruth maria heather diane julie joyce victoria olivia kelly christina lauren joan evelyn judith megan " +
    "cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail " +
    "julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte " +
    "rose alexis kayla karoline kamala hillary nikki tulsi kristi giorgia ursula kaja angela annalena emmanuel " +
    "jean pierre francois françois jacques michel philippe nicolas olivier laurent sebastien sébastien antoine " +
    "friedrich olaf wolfgang hans klaus jurgen jürgen karl heinz johann frank-walter markus matthias stefan andreas " +
    "giuseppe giovanni antonio francesco luca matteo mario sergio paolo pedro pablo carlos javier miguel manuel luis " +
    "jorge fernando rafael alejandro diego andres andrés luiz inacio inácio jair gustavo gabriel claudia nicolas " +
    "nicolás lula dilma cristina mauricio sebastian sebastián felipe rodrigo " +
    "jan piotr andrzej tomasz pawel paweł krzysztof radoslaw radosław donald karol mateusz viktor peter petr pavel " +
    "milos miloš aleksandar zoran dragan ivan jiri jiří vaclav václav martin lars anders jonas mette magdalena ulf " +
    "sanna alexander niinisto sauli mark dick geert mark kyriakos alexis recep ahmet mehmet hakan mustafa " +
    // Russian, Ukrainian and Central Asian
    "vladimir dmitry dmitri dmitriy sergei sergey yuri yury yuriy kirill alexei aleksei alexey andrei andrey nikolai " +
    "nikolay mikhail maxim maksim igor oleg boris pavel viktor valentina maria yelena elena olga tatiana tatyana " +
    "natalia natalya svetlana irina anastasia ekaterina yekaterina volodymyr andriy andrii oleksandr oleksiy mykhailo " +
    "mykola petro denys dmytro rustem yulia iryna kassym-jomart nursultan ilham nikol shavkat emomali " +
    "vyacheslav vasily valery valeriy gennady anatoly leonid grigory konstantin ramzan alexander aleksandr " +
    // Middle East and North Africa
    "mohammed mohammad muhammad mohamed ahmed ahmad ali hassan hussein hussain omar abdullah abdel abdul khalid " +
    "faisal fahd salman sultan tamim hamad saud nasser youssef yousef ibrahim ismail mahmoud mustafa karim tariq " +
    "bashar masoud massoud hassan abbas ebrahim javad benjamin yair isaac gideon naftali itamar bezalel moshe avi " +
    "recep hakan tayyip bulent bülent ayman walid nabil rami hamza jassim majed badr sameh " +
    // Sub-Saharan Africa
    "william cyril jacob thabo bola muhammadu olusegun goodluck atiku peter uhuru raila samia john yoweri paul felix " +
    "félix emmerson hage abiy sahle-work ngozi chinua chukwuemeka emeka oluwaseun kwame nana akufo mahamadou " +
    "macky bassirou ousmane abdou amadou ibrahim kofi kwabena ama yaw abena adebayo adewale babajide funmilayo " +
    "tendai wanjiru wambui kipchoge kiprono otieno achieng fatou aminata aissata mamadou moussa seydou idriss " +
    // South and East Asia, Pacific
    "narendra rahul amit subrahmanyam rajnath nirmala sonia priyanka arvind shehbaz nawaz imran asif bilawal asim " +
    "sheikh hasina muhammad yunus ranil anura gotabaya xi li wang zhang liu chen yang zhao huang zhou wu qin " +
    "jinping qiang yi keqiang kishida fumio shigeru sanae shinzo yoshihide taro toshimitsu yoon suk lee jae-myung " +
    "moon jae-in kim han park choi anthony penny scott malcolm kevin julia chris jacinda christopher winston " +
    "prabowo joko anwar ferdinand rodrigo sara bongbong lawrence hun manet prayut thaksin paetongtarn srettha " +
    "anita justin pierre jagmeet chrystia melanie mélanie francois-philippe dominic"
  ).split(" "),
);
