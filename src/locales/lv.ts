import type { Messages } from '../messages/types.ts';

/** Latvian (lv). */
export const messages: Messages = {
  locale: 'lv',

  exceptions: {
    AliasExistsException:
      'Šis {attribute} jau tiek izmantots citā kontā. Jānorāda cits {attribute}, vai arī pierakstieties otrā kontā.',
    CodeDeliveryFailureException:
      'Neizdevās nosūtīt kodu. Pārbaudiet, vai {attribute} ir pareizs, un pieprasiet jaunu kodu.',
    CodeMismatchException: 'Šis kods neatbilst nosūtītajam. Pārbaudiet kodu un ievadiet to vēlreiz.',
    ExpiredCodeException: 'Šī koda derīguma termiņš ir beidzies. Pieprasiet jaunu kodu un ievadiet to šeit.',
    ForbiddenException:
      'Pašlaik nevaram pieņemt šo pieprasījumu no jūsu tīkla. Mēģiniet vēlāk vai sazinieties ar atbalsta dienestu, ja tas atkārtojas.',
    InternalErrorException: 'Pierakstīšanās pakalpojumā radās problēma. Mēģiniet vēlreiz pēc dažām minūtēm.',
    InvalidEmailRoleAccessPolicyException:
      'Mūsu puses problēmas dēļ pašlaik nevaram sūtīt e-pasta ziņojumus. Mēģiniet vēlāk vai sazinieties ar atbalsta dienestu.',
    InvalidLambdaResponseException:
      'Mūsu puses problēmas dēļ to neizdevās pabeigt. Mēģiniet vēlāk vai sazinieties ar atbalsta dienestu.',
    InvalidParameterException: 'Daļa nosūtīto datu netika pieņemta. Pārbaudiet tos un mēģiniet vēlreiz.',
    InvalidPasswordException: 'Šī parole neatbilst prasībām. Izvēlieties citu paroli.',
    InvalidSmsRoleAccessPolicyException:
      'Mūsu puses problēmas dēļ pašlaik nevaram sūtīt īsziņas. Mēģiniet vēlāk vai sazinieties ar atbalsta dienestu.',
    InvalidSmsRoleTrustRelationshipException:
      'Iestatījumu problēmas dēļ mūsu pusē pašlaik nevar nosūtīt īsziņas. Mēģiniet vēlāk vai sazinieties ar atbalsta dienestu.',
    LimitExceededException: 'Pārāk daudz mēģinājumu. Uzgaidiet dažas minūtes un mēģiniet vēlreiz.',
    NotAuthorizedException: 'Jūsu sesija ir beigusies. Lai turpinātu, pierakstieties vēlreiz.',
    OperationNotEnabledException:
      'Pašlaik tas jūsu kontam nav pieejams. Ja jums nepieciešama palīdzība, sazinieties ar atbalsta dienestu.',
    PasswordHistoryPolicyViolationException:
      'Šī parole jau ir izmantota. Izvēlieties paroli, kas nav izmantota pēdējā laikā.',
    PasswordResetRequiredException:
      'Lai turpinātu, jums jāatiestata parole. Atiestatiet to un pierakstieties vēlreiz.',
    ResourceNotFoundException:
      'Šis pakalpojums nav pareizi iestatīts, tāpēc nevaram turpināt. Mēģiniet vēlāk vai sazinieties ar atbalsta dienestu.',
    TooManyFailedAttemptsException:
      'Pārāk daudz neveiksmīgu mēģinājumu. Pirms mēģināt vēlreiz, uzgaidiet dažas minūtes.',
    TooManyRequestsException: 'Īsā laikā saņemts pārāk daudz pieprasījumu. Uzgaidiet minūti un mēģiniet vēlreiz.',
    UnexpectedLambdaException:
      'Pārbaudot jūsu datus, kaut kas nogāja greizi. Mēģiniet vēlāk vai sazinieties ar atbalsta dienestu.',
    UserLambdaValidationException: 'Jūsu dati netika pieņemti. Pārbaudiet tos un mēģiniet vēlreiz.',
    UserNotConfirmedException:
      'Jūsu konts vēl nav apstiprināts. Apstipriniet to ar kodu, ko nosūtījām reģistrācijas laikā, un pierakstieties vēlreiz.',
    UserNotFoundException: 'Nevaram atrast jūsu kontu. Iespējams, tas ir slēgts. Lai turpinātu, pierakstieties vēlreiz.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'Šis {attribute} jau tiek izmantots citā kontā. Pierakstieties tajā kontā vai reģistrējieties vēlreiz – tad jānorāda cits {attribute}.',
      InvalidParameterException:
        'Ar šiem datiem kontu neizdevās apstiprināt. Pārbaudiet lietotājvārdu un ievadiet kodu vēlreiz.',
      LimitExceededException: 'Ievadīts pārāk daudz nepareizu kodu. Uzgaidiet dažas minūtes un ievadiet kodu vēlreiz.',
      NotAuthorizedException:
        'Šo kontu nevar apstiprināt. Iespējams, tas ir atspējots. Ja jums nepieciešama palīdzība, sazinieties ar atbalsta dienestu.',
      TooManyFailedAttemptsException:
        'Ievadīts pārāk daudz nepareizu kodu. Pirms ievadāt kodu vēlreiz, uzgaidiet dažas minūtes.',
      UserLambdaValidationException:
        'Jūsu kontu neizdevās apstiprināt, jo daļa jūsu datu netika pieņemta.',
      UserNotFoundException: 'Konta ar šādu lietotājvārdu nav. Pārbaudiet lietotājvārdu un mēģiniet vēlreiz.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException: 'Neizdevās nosūtīt jaunu kodu. Mazliet uzgaidiet un vēlreiz pieprasiet jaunu kodu.',
      InvalidParameterException:
        'Šim kontam neizdevās nosūtīt jaunu kodu. Ja konts jau ir apstiprināts, vienkārši pierakstieties.',
      LimitExceededException: 'Pieprasīts pārāk daudz kodu. Pirms pieprasāt nākamo, uzgaidiet dažas minūtes.',
      NotAuthorizedException:
        'Šim kontam nevaram nosūtīt kodu. Ja jums nepieciešama palīdzība, sazinieties ar atbalsta dienestu.',
      UserLambdaValidationException: 'Neizdevās nosūtīt jaunu kodu, jo daļa jūsu datu netika pieņemta.',
      UserNotFoundException: 'Konta ar šādu lietotājvārdu nav. Pārbaudiet lietotājvārdu un vēlreiz pieprasiet kodu.',
    },
    UpdateUserAttributes: {
      AliasExistsException: 'Šis {attribute} jau tiek izmantots citā kontā. Jāievada cits {attribute}.',
      CodeDeliveryFailureException:
        'Neizdevās nosūtīt kodu. Pārbaudiet, vai jaunais {attribute} ir pareizs, un saglabājiet to vēlreiz.',
      CodeMismatchException:
        'Jūsu {attribute} netika mainīts, jo koda pārbaude neizdevās. Saglabājiet izmaiņas vēlreiz, lai saņemtu jaunu kodu.',
      ExpiredCodeException:
        'Šo izmaiņu koda derīguma termiņš ir beidzies. Saglabājiet izmaiņas vēlreiz, lai saņemtu jaunu kodu.',
      InvalidParameterException: 'Šis {attribute} nav izmantojams. Pārbaudiet to un mēģiniet vēlreiz.',
      PasswordResetRequiredException:
        'Jūsu {attribute} var tikt mainīts tikai pēc paroles atiestatīšanas. Atiestatiet paroli un pierakstieties vēlreiz.',
      UserLambdaValidationException: 'Šis {attribute} netika pieņemts. Pārbaudiet to vai ievadiet citu.',
      UserNotConfirmedException:
        'Jūsu {attribute} var tikt mainīts tikai pēc konta apstiprināšanas. Apstipriniet kontu un mēģiniet vēlreiz.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'Neizdevās nosūtīt kodu. Pārbaudiet, vai jūsu {attribute} ir pareizs, un pieprasiet jaunu kodu.',
      InvalidParameterException:
        'Jūsu {attribute} nevar tikt apstiprināts. Pārbaudiet, vai tas ir saglabāts jūsu kontā, un mēģiniet vēlreiz.',
      LimitExceededException: 'Pieprasīts pārāk daudz kodu. Pirms pieprasāt nākamo, uzgaidiet dažas minūtes.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'Šis {attribute} jau tiek izmantots citā kontā, tāpēc to nevar apstiprināt jūsu kontam. Jānorāda cits {attribute}.',
      InvalidParameterException:
        'Ar šo kodu jūsu {attribute} netika apstiprināts. Pieprasiet jaunu kodu un ievadiet to šeit.',
      LimitExceededException: 'Ievadīts pārāk daudz nepareizu kodu. Uzgaidiet dažas minūtes un ievadiet kodu vēlreiz.',
    },
    GetUser: {
      InvalidParameterException: 'Neizdevās pārbaudīt jūsu konta datus. Lai turpinātu, pierakstieties vēlreiz.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException:
        'Neizdevās nosūtīt paroles atiestatīšanas kodu. Mazliet uzgaidiet un vēlreiz pieprasiet kodu.',
      InvalidParameterException:
        'Šim kontam neizdevās nosūtīt paroles atiestatīšanas kodu. Ja jums nepieciešama palīdzība pierakstīties, sazinieties ar atbalsta dienestu.',
      LimitExceededException:
        'Pieprasīts pārāk daudz paroles atiestatīšanas kodu. Pirms pieprasāt nākamo, uzgaidiet dažas minūtes.',
      NotAuthorizedException:
        'Šī konta paroli šeit nevar atiestatīt. Ja jums nepieciešama palīdzība, sazinieties ar atbalsta dienestu.',
      OperationNotEnabledException:
        'Pašlaik paroles šeit nevar atiestatīt. Ja jums nepieciešama palīdzība pierakstīties, sazinieties ar atbalsta dienestu.',
      UserLambdaValidationException:
        'Neizdevās nosūtīt paroles atiestatīšanas kodu, jo daļa jūsu datu netika pieņemta.',
      UserNotFoundException: 'Šim lietotājvārdam neizdevās nosūtīt kodu. Pārbaudiet lietotājvārdu un mēģiniet vēlreiz.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'Ar šiem datiem paroli neizdevās atiestatīt. Pārbaudiet kodu un jauno paroli, pēc tam mēģiniet vēlreiz.',
      LimitExceededException: 'Ievadīts pārāk daudz nepareizu kodu. Uzgaidiet dažas minūtes un ievadiet kodu vēlreiz.',
      NotAuthorizedException:
        'Šī konta paroli šeit nevar atiestatīt. Ja jums nepieciešama palīdzība, sazinieties ar atbalsta dienestu.',
      OperationNotEnabledException:
        'Pašlaik paroles šeit nevar atiestatīt. Ja jums nepieciešama palīdzība pierakstīties, sazinieties ar atbalsta dienestu.',
      TooManyFailedAttemptsException:
        'Ievadīts pārāk daudz nepareizu kodu. Pirms ievadāt kodu vēlreiz, uzgaidiet dažas minūtes.',
      UserLambdaValidationException: 'Paroli neizdevās nomainīt, jo daļa jūsu datu netika pieņemta.',
      UserNotConfirmedException:
        'Jūsu konts vēl nav apstiprināts. Apstipriniet to ar kodu, ko nosūtījām reģistrācijas laikā, un pēc tam atiestatiet paroli.',
      UserNotFoundException:
        'Šim lietotājvārdam paroli neizdevās atiestatīt. Pārbaudiet lietotājvārdu un mēģiniet vēlreiz.',
    },
  },

  local: {
    ValidationError: 'Pārbaudiet ievadītos datus un mēģiniet vēlreiz.',
    NetworkError: 'Neizdevās izveidot savienojumu. Pārbaudiet interneta savienojumu un mēģiniet vēlreiz.',
    TimeoutError: 'Tas aizņem pārāk ilgu laiku. Pārbaudiet interneta savienojumu un mēģiniet vēlreiz.',
    AbortError: '',
    SessionExpiredError: 'Jūs esat izrakstīti no konta. Lai turpinātu, pierakstieties vēlreiz.',
    UnknownError: 'Kaut kas nogāja greizi. Mēģiniet vēlreiz vai sazinieties ar atbalsta dienestu, ja tas atkārtojas.',
  },

  validation: {
    code: {
      required: 'Ievadiet kodu, ko jums nosūtījām',
      tooLong: 'Ievadiet tikai kodu no ziņojuma',
      pattern: 'Ievadiet kodu tieši tā, kā tas norādīts ziņojumā',
      format: 'Ievadiet kodu pareizā formātā, piemēram, 123456',
      incomplete: {
        zero: 'Ievadiet visus {length} koda ciparus',
        one: 'Ievadiet {length} koda ciparu',
        other: 'Ievadiet visus {length} koda ciparus',
      },
    },
    username: {
      required: 'Ievadiet lietotājvārdu',
      tooLong: 'Lietotājvārdā var būt ne vairāk kā 128 rakstzīmes',
      pattern: 'Lietotājvārdā nedrīkst būt atstarpju',
      format: 'Ievadiet lietotājvārdu pareizā formātā',
    },
    password: {
      required: 'Ievadiet jaunu paroli',
      tooLong: 'Parolē var būt ne vairāk kā 256 rakstzīmes',
      pattern: 'Parole nedrīkst sākties vai beigties ar atstarpi',
      format: 'Izvēlieties paroli, kas atbilst visām saraksta prasībām',
    },
    attributeName: {
      required: 'Izvēlieties, ko apstiprināt',
      tooLong: 'Lauka nosaukumā var būt ne vairāk kā 32 rakstzīmes',
      pattern: 'Lauka nosaukumā nedrīkst būt atstarpju',
      format: 'Ievadiet lauka nosaukumu pareizā formātā',
    },
    value: {
      required: 'Jāievada jūsu {attribute}',
      tooLong: 'Jūsu {attribute} var būt ne garāks par 2048 rakstzīmēm',
      pattern: 'Jūsu {attribute} satur neatļautas rakstzīmes',
      format: 'Jūsu {attribute} jāievada pareizā formātā',
    },
    valueByAttribute: {
      email: {
        format: 'Ievadiet e-pasta adresi pareizā formātā, piemēram, name@example.com',
      },
      phone_number: {
        pattern: 'Ievadiet tālruņa numuru ar valsts kodu, piemēram, +15555550123',
        format: 'Ievadiet tālruņa numuru ar valsts kodu, piemēram, +15555550123',
      },
    },
    configuration: {
      required:
        'Šajā lapā trūkst daļas iestatījumu datu. Mēģiniet vēlāk vai sazinieties ar atbalsta dienestu, ja tas atkārtojas',
      tooLong:
        'Šī lapa nosūtīja pārāk garus iestatījumu datus. Mēģiniet vēlāk vai sazinieties ar atbalsta dienestu, ja tas atkārtojas',
      pattern:
        'Šī lapa nosūtīja iestatījumu datus, kurus nevar izmantot. Mēģiniet vēlāk vai sazinieties ar atbalsta dienestu, ja tas atkārtojas',
      format:
        'Šī lapa nosūtīja iestatījumu datus nepareizā formātā. Mēģiniet vēlāk vai sazinieties ar atbalsta dienestu, ja tas atkārtojas',
    },
    accessToken: {
      required: 'Lai turpinātu, pierakstieties',
    },
  },

  attributes: {
    email: { noun: 'e-pasts', label: 'E-pasts' },
    phone_number: { noun: 'tālruņa numurs', label: 'Tālruņa numurs' },
    given_name: { noun: 'vārds', label: 'Vārds' },
    family_name: { noun: 'uzvārds', label: 'Uzvārds' },
    preferred_username: { noun: 'vēlamais lietotājvārds', label: 'Vēlamais lietotājvārds' },
  },

  ui: {
    confirmationCodeLabel: 'Apstiprinājuma kods',
    verificationCodeLabel: 'Pārbaudes kods',
    confirm: 'Apstiprināt',
    verify: 'Apstiprināt',
    save: 'Saglabāt',
    resendCode: 'Sūtīt kodu vēlreiz',
    sendCode: 'Sūtīt kodu',
    resendCodeIn: 'Sūtīt kodu vēlreiz pēc {time}',
    codeSent: 'Nosūtījām kodu uz {destination}.',
    codeSentByEmail: 'Nosūtījām kodu pa e-pastu uz {destination}.',
    codeSentBySms: 'Nosūtījām kodu īsziņā uz {destination}.',
    codeSentNoDestination: 'Nosūtījām jums kodu.',
    newCodeSent: 'Nosūtījām jaunu kodu uz {destination}.',
    resendAvailable: 'Tagad varat pieprasīt jaunu kodu.',
    confirmed: 'Jūsu konts ir apstiprināts.',
    alreadyConfirmed: 'Jūsu konts jau ir apstiprināts. Varat pierakstīties.',
    verified: 'Jūsu {attribute} ir apstiprināts.',
    saved: 'Jūsu {attribute} ir saglabāts.',
    pendingTitle: 'Jāapstiprina jaunais {attribute}',
    pendingBody: 'Pašreizējais {attribute} darbojas, līdz apstiprināsiet {value}.',
    unverifiedTitle: 'Jūsu {attribute} nav apstiprināts',
    unverifiedBody: 'Lai varētu izmantot {value}, vispirms tas jāapstiprina.',
    cancelChange: 'Atcelt izmaiņas',
    tryAgain: 'Mēģināt vēlreiz',
    signInAgain: 'Pierakstīties vēlreiz',
    useThisAnyway: 'Tomēr izmantot šim kontam',
    useThisAnywayHint: 'Šis {attribute} vairs nebūs izmantojams, lai pierakstītos otrā kontā.',
    waitUntil: 'Mēģiniet vēlreiz pēc {time}.',
    codeHint: {
      zero: 'Ievadiet {length} ciparu kodu',
      one: 'Ievadiet {length} cipara kodu',
      other: 'Ievadiet {length} ciparu kodu',
    },
    codeNotSentYet: 'Mēs vēl neesam nosūtījuši kodu. Pieprasiet to un ievadiet šeit.',
    loading: 'Tiek ielādēts jūsu {attribute}…',
    codeHintAnyLength: 'Ievadiet kodu no ziņojuma',
    submitting: 'Notiek pārbaude…',
    sending: 'Notiek sūtīšana…',
    saving: 'Notiek saglabāšana…',
    errorPrefix: 'Kļūda:',
    attributeFallback: 'e-pasts vai tālruņa numurs',
    usernameLabel: 'Lietotājvārds',
    resetPasswordHint: 'Nosūtīsim kodu uz jūsu kontā norādīto e-pastu vai tālruņa numuru.',
    newPasswordLabel: 'Jaunā parole',
    showPassword: 'Rādīt paroli',
    hidePassword: 'Slēpt paroli',
    passwordRulesTitle: 'Paroles prasības',
    passwordMinLength: {
      zero: 'Vismaz {count} rakstzīmes',
      one: 'Vismaz {count} rakstzīme',
      other: 'Vismaz {count} rakstzīmes',
    },
    passwordLowercase: 'Mazais burts',
    passwordUppercase: 'Lielais burts',
    passwordNumber: 'Cipars',
    passwordSymbol: 'Speciālā rakstzīme, piemēram, ! vai @',
    ruleMet: 'Izpildīts:',
    ruleNotMet: 'Vēl jāizpilda:',
    passwordRulesLeft: {
      zero: 'Vēl jāizpilda {count} paroles prasības',
      one: 'Vēl jāizpilda {count} paroles prasība',
      other: 'Vēl jāizpilda {count} paroles prasības',
    },
    passwordRulesAllMet: 'Parole atbilst visām prasībām.',
    resetPassword: 'Atiestatīt paroli',
    resettingPassword: 'Notiek atiestatīšana…',
    passwordChanged: 'Parole ir nomainīta. Pierakstieties ar jauno paroli.',
    signIn: 'Pierakstīties',
    confirmAccount: 'Apstiprināt kontu',
    useAnotherUsername: 'Izmantot citu lietotājvārdu',
  },
};
