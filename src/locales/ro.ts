import type { Messages } from '../messages/types.ts';

/** Romanian (ro). */
export const messages: Messages = {
  locale: 'ro',

  exceptions: {
    AliasExistsException:
      'Acest {attribute} este deja folosit de alt cont. Folosiți alt {attribute} sau conectați-vă la celălalt cont.',
    CodeDeliveryFailureException:
      'Nu am putut trimite codul. Verificați dacă ați introdus un {attribute} corect, apoi cereți un cod nou.',
    CodeMismatchException: 'Codul nu se potrivește cu cel trimis de noi. Verificați codul și introduceți-l din nou.',
    ExpiredCodeException: 'Codul a expirat. Cereți un cod nou, apoi introduceți-l aici.',
    ForbiddenException:
      'Momentan nu putem accepta această solicitare din rețeaua dvs. Încercați din nou mai târziu sau contactați asistența dacă problema persistă.',
    InternalErrorException: 'Serviciul de conectare are o problemă. Încercați din nou peste câteva minute.',
    InvalidEmailRoleAccessPolicyException:
      'Momentan nu putem trimite e-mailuri din cauza unei probleme la noi. Încercați din nou mai târziu sau contactați asistența.',
    InvalidLambdaResponseException:
      'Nu am putut finaliza acțiunea din cauza unei probleme la noi. Încercați din nou mai târziu sau contactați asistența.',
    InvalidParameterException: 'Unele dintre datele trimise nu au fost acceptate. Verificați-le și încercați din nou.',
    InvalidPasswordException: 'Această parolă nu respectă cerințele. Alegeți altă parolă.',
    InvalidSmsRoleAccessPolicyException:
      'Momentan nu putem trimite SMS-uri din cauza unei probleme la noi. Încercați din nou mai târziu sau contactați asistența.',
    InvalidSmsRoleTrustRelationshipException:
      'Momentan nu se pot trimite SMS-uri din cauza unei probleme de configurare la noi. Încercați din nou mai târziu sau contactați asistența.',
    LimitExceededException: 'Au fost prea multe încercări. Așteptați câteva minute, apoi încercați din nou.',
    NotAuthorizedException: 'Sesiunea dvs. s-a încheiat. Conectați-vă din nou pentru a continua.',
    OperationNotEnabledException:
      'Această opțiune nu este disponibilă momentan pentru contul dvs. Contactați asistența dacă aveți nevoie de ajutor.',
    PasswordHistoryPolicyViolationException:
      'Ați mai folosit această parolă. Alegeți o parolă pe care nu ați folosit-o recent.',
    PasswordResetRequiredException:
      'Trebuie să vă resetați parola înainte de a continua. Resetați-o, apoi conectați-vă din nou.',
    ResourceNotFoundException:
      'Acest serviciu nu este configurat corect, așa că nu putem continua. Încercați din nou mai târziu sau contactați asistența.',
    TooManyFailedAttemptsException:
      'Au fost prea multe încercări greșite. Așteptați câteva minute înainte să încercați din nou.',
    TooManyRequestsException:
      'Au fost prea multe solicitări într-un timp scurt. Așteptați un minut, apoi încercați din nou.',
    UnexpectedLambdaException:
      'Ceva nu a funcționat în timp ce vă verificam datele. Încercați din nou mai târziu sau contactați asistența.',
    UserLambdaValidationException: 'Datele dvs. nu au fost acceptate. Verificați-le și încercați din nou.',
    UserNotConfirmedException:
      'Contul dvs. nu este încă confirmat. Confirmați-l cu codul pe care vi l-am trimis la înregistrare, apoi conectați-vă din nou.',
    UserNotFoundException:
      'Nu vă găsim contul. Este posibil să fi fost închis. Conectați-vă din nou pentru a continua.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'Acest {attribute} este deja folosit de alt cont. Conectați-vă la acel cont sau înregistrați-vă din nou cu alt {attribute}.',
      InvalidParameterException:
        'Nu am putut confirma un cont cu aceste date. Verificați numele de utilizator, apoi introduceți din nou codul.',
      LimitExceededException:
        'Au fost introduse prea multe coduri greșite. Așteptați câteva minute, apoi introduceți din nou codul.',
      NotAuthorizedException:
        'Acest cont nu poate fi confirmat. Este posibil să fi fost dezactivat. Contactați asistența dacă aveți nevoie de ajutor.',
      TooManyFailedAttemptsException:
        'Au fost introduse prea multe coduri greșite. Așteptați câteva minute înainte să introduceți din nou codul.',
      UserLambdaValidationException:
        'Nu am putut confirma contul dvs., deoarece unele dintre date nu au fost acceptate.',
      UserNotFoundException:
        'Nu există niciun cont cu acest nume de utilizator. Verificați numele de utilizator și încercați din nou.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException: 'Nu am putut trimite un cod nou. Așteptați puțin, apoi cereți din nou un cod nou.',
      InvalidParameterException:
        'Nu am putut trimite un cod nou pentru acest cont. Dacă contul este deja confirmat, conectați-vă.',
      LimitExceededException: 'Au fost cerute prea multe coduri. Așteptați câteva minute înainte să cereți altul.',
      NotAuthorizedException:
        'Nu putem trimite un cod pentru acest cont. Contactați asistența dacă aveți nevoie de ajutor.',
      UserLambdaValidationException:
        'Nu am putut trimite un cod nou, deoarece unele dintre datele dvs. nu au fost acceptate.',
      UserNotFoundException:
        'Nu există niciun cont cu acest nume de utilizator. Verificați numele de utilizator, apoi cereți din nou un cod.',
    },
    UpdateUserAttributes: {
      AliasExistsException: 'Acest {attribute} este deja folosit de alt cont. Introduceți alt {attribute}.',
      CodeDeliveryFailureException:
        'Nu am putut trimite un cod la noul {attribute}. Verificați dacă este corect, apoi salvați din nou.',
      CodeMismatchException:
        'Verificarea codului nu a reușit, așa că actualul {attribute} a rămas neschimbat. Salvați din nou modificarea pentru a primi un cod nou.',
      ExpiredCodeException:
        'Codul pentru această modificare a expirat. Salvați din nou modificarea pentru a primi un cod nou.',
      InvalidParameterException: 'Acest {attribute} nu poate fi folosit. Verificați-l și încercați din nou.',
      PasswordResetRequiredException:
        'Trebuie să vă resetați parola înainte de a modifica acest {attribute}. Resetați-o, apoi conectați-vă din nou.',
      UserLambdaValidationException: 'Acest {attribute} nu a fost acceptat. Verificați-l sau introduceți altul.',
      UserNotConfirmedException:
        'Nu puteți modifica acest {attribute} până nu vă confirmați contul. Confirmați-vă contul, apoi încercați din nou.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'Nu am putut trimite un cod. Verificați dacă aveți salvat în cont un {attribute} corect, apoi cereți un cod nou.',
      InvalidParameterException:
        'Verificarea nu este posibilă. Asigurați-vă că aveți un {attribute} salvat în cont, apoi încercați din nou.',
      LimitExceededException: 'Au fost cerute prea multe coduri. Așteptați câteva minute înainte să cereți altul.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'Acest {attribute} este deja folosit de alt cont, așa că nu poate fi verificat pentru contul dvs. Folosiți alt {attribute}.',
      InvalidParameterException:
        'Nu am putut verifica acest {attribute} cu codul introdus. Cereți un cod nou, apoi introduceți-l aici.',
      LimitExceededException:
        'Au fost introduse prea multe coduri greșite. Așteptați câteva minute, apoi introduceți din nou codul.',
    },
    GetUser: {
      InvalidParameterException: 'Nu am putut verifica datele contului dvs. Conectați-vă din nou pentru a continua.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException:
        'Nu am putut trimite un cod de resetare. Așteptați puțin, apoi cereți din nou un cod.',
      InvalidParameterException:
        'Nu am putut trimite un cod de resetare pentru acest cont. Contactați asistența dacă aveți nevoie de ajutor să vă conectați.',
      LimitExceededException:
        'Au fost cerute prea multe coduri de resetare. Așteptați câteva minute înainte să cereți altul.',
      NotAuthorizedException:
        'Parola acestui cont nu poate fi resetată aici. Contactați asistența dacă aveți nevoie de ajutor.',
      OperationNotEnabledException:
        'Momentan, parolele nu pot fi resetate aici. Contactați asistența dacă aveți nevoie de ajutor să vă conectați.',
      UserLambdaValidationException:
        'Nu am putut trimite un cod de resetare, deoarece unele dintre datele dvs. nu au fost acceptate.',
      UserNotFoundException:
        'Nu am putut trimite un cod pentru acest nume de utilizator. Verificați numele de utilizator și încercați din nou.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'Nu am putut reseta parola cu aceste date. Verificați codul și noua parolă, apoi încercați din nou.',
      LimitExceededException:
        'Au fost introduse prea multe coduri greșite. Așteptați câteva minute, apoi introduceți din nou codul.',
      NotAuthorizedException:
        'Parola acestui cont nu poate fi resetată aici. Contactați asistența dacă aveți nevoie de ajutor.',
      OperationNotEnabledException:
        'Momentan, parolele nu pot fi resetate aici. Contactați asistența dacă aveți nevoie de ajutor să vă conectați.',
      TooManyFailedAttemptsException:
        'Au fost introduse prea multe coduri greșite. Așteptați câteva minute înainte să introduceți din nou codul.',
      UserLambdaValidationException:
        'Nu am putut schimba parola, deoarece unele dintre datele dvs. nu au fost acceptate.',
      UserNotConfirmedException:
        'Contul dvs. nu este încă confirmat. Confirmați-l cu codul pe care vi l-am trimis la înregistrare, apoi resetați-vă parola.',
      UserNotFoundException:
        'Nu am putut reseta parola pentru acest nume de utilizator. Verificați numele de utilizator și încercați din nou.',
    },
  },

  local: {
    ValidationError: 'Verificați datele introduse și încercați din nou.',
    NetworkError: 'Nu ne-am putut conecta. Verificați conexiunea la internet și încercați din nou.',
    TimeoutError: 'Durează prea mult. Verificați conexiunea la internet și încercați din nou.',
    AbortError: '',
    SessionExpiredError: 'Sesiunea s-a închis. Conectați-vă din nou pentru a continua.',
    UnknownError: 'Ceva nu a funcționat. Încercați din nou sau contactați asistența dacă problema persistă.',
  },

  validation: {
    code: {
      required: 'Introduceți codul pe care vi l-am trimis',
      tooLong: 'Introduceți doar codul din mesaj',
      pattern: 'Introduceți codul exact cum apare în mesaj',
      format: 'Introduceți codul în formatul corect, de exemplu 123456',
      incomplete: {
        one: 'Introduceți {length} cifră din cod',
        few: 'Introduceți toate cele {length} cifre ale codului',
        other: 'Introduceți toate cele {length} de cifre ale codului',
      },
    },
    username: {
      required: 'Introduceți numele de utilizator',
      tooLong: 'Numele de utilizator poate avea cel mult 128 de caractere',
      pattern: 'Numele de utilizator nu poate conține spații',
      format: 'Introduceți numele de utilizator în formatul corect',
    },
    password: {
      required: 'Introduceți o parolă nouă',
      tooLong: 'Parola poate avea cel mult 256 de caractere',
      pattern: 'Parola nu poate începe sau se termina cu un spațiu',
      format: 'Alegeți o parolă care respectă toate cerințele din listă',
    },
    attributeName: {
      required: 'Alegeți ce doriți să verificați',
      tooLong: 'Numele câmpului poate avea cel mult 32 de caractere',
      pattern: 'Numele câmpului nu poate conține spații',
      format: 'Introduceți numele câmpului în formatul corect',
    },
    value: {
      required: 'Introduceți un {attribute}',
      tooLong: 'Introduceți un {attribute} de cel mult 2.048 de caractere',
      pattern: 'Acest {attribute} conține caractere care nu pot fi folosite',
      format: 'Introduceți un {attribute} în formatul corect',
    },
    valueByAttribute: {
      email: {
        format: 'Introduceți o adresă de e-mail în formatul corect, de exemplu nume@example.com',
      },
      phone_number: {
        pattern: 'Introduceți un număr de telefon cu prefixul țării, de exemplu +15555550123',
        format: 'Introduceți un număr de telefon cu prefixul țării, de exemplu +15555550123',
      },
    },
    configuration: {
      required:
        'Din această pagină lipsesc unele date de configurare. Încercați din nou mai târziu sau contactați asistența dacă problema persistă',
      tooLong:
        'Această pagină a trimis date de configurare prea lungi. Încercați din nou mai târziu sau contactați asistența dacă problema persistă',
      pattern:
        'Această pagină a trimis date de configurare care nu pot fi folosite. Încercați din nou mai târziu sau contactați asistența dacă problema persistă',
      format:
        'Această pagină a trimis date de configurare într-un format greșit. Încercați din nou mai târziu sau contactați asistența dacă problema persistă',
    },
    accessToken: {
      required: 'Conectați-vă pentru a continua',
    },
  },

  attributes: {
    email: { noun: 'e-mail', label: 'E-mail' },
    phone_number: { noun: 'număr de telefon', label: 'Număr de telefon' },
    given_name: { noun: 'prenume', label: 'Prenume' },
    family_name: { noun: 'nume de familie', label: 'Nume de familie' },
    preferred_username: { noun: 'nume de utilizator preferat', label: 'Nume de utilizator preferat' },
  },

  ui: {
    confirmationCodeLabel: 'Cod de confirmare',
    verificationCodeLabel: 'Cod de verificare',
    confirm: 'Confirmați',
    verify: 'Verificați',
    save: 'Salvați',
    resendCode: 'Retrimiteți codul',
    sendCode: 'Trimiteți codul',
    resendCodeIn: 'Retrimiteți codul în {time}',
    codeSent: 'Am trimis un cod la {destination}.',
    codeSentByEmail: 'Am trimis un cod prin e-mail la {destination}.',
    codeSentBySms: 'Am trimis un cod prin SMS la {destination}.',
    codeSentNoDestination: 'V-am trimis un cod.',
    newCodeSent: 'Am trimis un cod nou la {destination}.',
    resendAvailable: 'Acum puteți cere un cod nou.',
    confirmed: 'Contul dvs. este confirmat.',
    alreadyConfirmed: 'Contul dvs. este deja confirmat. Vă puteți conecta.',
    verified: 'Acest {attribute} a fost verificat.',
    saved: 'Noul {attribute} a fost salvat.',
    pendingTitle: 'Verificați noul {attribute}',
    pendingBody: 'Actualul {attribute} rămâne activ până când verificați {value}.',
    unverifiedTitle: 'Acest {attribute} nu este verificat',
    unverifiedBody: '{value} trebuie verificat înainte să îl puteți folosi.',
    cancelChange: 'Anulați modificarea',
    tryAgain: 'Încercați din nou',
    signInAgain: 'Conectați-vă din nou',
    useThisAnyway: 'Folosiți-l pentru acest cont',
    useThisAnywayHint: 'Celălalt cont nu se va mai putea conecta cu acest {attribute}.',
    waitUntil: 'Încercați din nou după {time}.',
    codeHint: {
      one: 'Introduceți codul de {length} cifră',
      few: 'Introduceți codul de {length} cifre',
      other: 'Introduceți codul de {length} de cifre',
    },
    codeNotSentYet: 'Încă nu v-am trimis un cod. Cereți unul, apoi introduceți-l aici.',
    loading: 'Încărcăm actualul {attribute}…',
    codeHintAnyLength: 'Introduceți codul din mesaj',
    submitting: 'Se verifică…',
    sending: 'Se trimite…',
    saving: 'Se salvează…',
    errorPrefix: 'Eroare:',
    attributeFallback: 'e-mail sau număr de telefon',
    usernameLabel: 'Nume de utilizator',
    resetPasswordHint: 'Vom trimite un cod la adresa de e-mail sau la numărul de telefon asociat contului dvs.',
    newPasswordLabel: 'Parolă nouă',
    showPassword: 'Afișați parola',
    hidePassword: 'Ascundeți parola',
    passwordRulesTitle: 'Parola trebuie să conțină',
    passwordMinLength: {
      one: 'Cel puțin {count} caracter',
      few: 'Cel puțin {count} caractere',
      other: 'Cel puțin {count} de caractere',
    },
    passwordLowercase: 'O literă mică',
    passwordUppercase: 'O literă mare',
    passwordNumber: 'O cifră',
    passwordSymbol: 'Un simbol, de exemplu ! sau @',
    ruleMet: 'Îndeplinit:',
    ruleNotMet: 'Mai lipsește:',
    passwordRulesLeft: {
      one: 'Mai este {count} cerință de îndeplinit',
      few: 'Mai sunt {count} cerințe de îndeplinit',
      other: 'Mai sunt {count} de cerințe de îndeplinit',
    },
    passwordRulesAllMet: 'Parola respectă toate cerințele.',
    resetPassword: 'Resetați parola',
    resettingPassword: 'Se resetează…',
    passwordChanged: 'Parola a fost schimbată. Conectați-vă cu noua parolă.',
    signIn: 'Conectați-vă',
    confirmAccount: 'Confirmați contul',
    useAnotherUsername: 'Folosiți alt nume de utilizator',
  },
};
