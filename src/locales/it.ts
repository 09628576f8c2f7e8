import type { Messages } from '../messages/types.ts';

/** Italian (it). */
export const messages: Messages = {
  locale: 'it',

  exceptions: {
    AliasExistsException:
      'Questo {attribute} è già usato da un altro account. Usa un altro {attribute} oppure accedi all’altro account.',
    CodeDeliveryFailureException:
      'Non siamo riusciti a inviare il codice. Controlla che il tuo {attribute} sia corretto, poi richiedi un nuovo codice.',
    CodeMismatchException:
      'Questo codice non corrisponde a quello che ti abbiamo inviato. Controlla il codice e inseriscilo di nuovo.',
    ExpiredCodeException: 'Questo codice è scaduto. Richiedi un nuovo codice, poi inseriscilo qui.',
    ForbiddenException:
      'Al momento non possiamo accettare questa richiesta dalla tua rete. Riprova più tardi o, se il problema continua, contatta l’assistenza.',
    InternalErrorException: 'C’è un problema con il servizio di accesso. Riprova tra qualche minuto.',
    InvalidEmailRoleAccessPolicyException:
      'Al momento non possiamo inviare email a causa di un problema da parte nostra. Riprova più tardi o contatta l’assistenza.',
    InvalidLambdaResponseException:
      'Non siamo riusciti a completare l’operazione a causa di un problema da parte nostra. Riprova più tardi o contatta l’assistenza.',
    InvalidParameterException: 'Alcuni dei dati inviati non sono stati accettati. Controllali e riprova.',
    InvalidPasswordException: 'Questa password non rispetta i requisiti. Scegli un’altra password.',
    InvalidSmsRoleAccessPolicyException:
      'Al momento non possiamo inviare SMS a causa di un problema da parte nostra. Riprova più tardi o contatta l’assistenza.',
    InvalidSmsRoleTrustRelationshipException:
      'Al momento non è possibile inviare SMS a causa di un problema di configurazione da parte nostra. Riprova più tardi o contatta l’assistenza.',
    LimitExceededException: 'Ci sono stati troppi tentativi. Attendi qualche minuto, poi riprova.',
    NotAuthorizedException: 'La tua sessione è terminata. Accedi di nuovo per continuare.',
    OperationNotEnabledException:
      'Al momento questa funzione non è disponibile per il tuo account. Se hai bisogno di aiuto, contatta l’assistenza.',
    PasswordHistoryPolicyViolationException:
      'Hai già usato questa password in passato. Scegline una che non hai usato di recente.',
    PasswordResetRequiredException: 'Devi reimpostare la password prima di continuare. Reimpostala, poi accedi di nuovo.',
    ResourceNotFoundException:
      'Questo servizio non è configurato correttamente, quindi non possiamo continuare. Riprova più tardi o contatta l’assistenza.',
    TooManyFailedAttemptsException:
      'Ci sono stati troppi tentativi non riusciti. Attendi qualche minuto prima di riprovare.',
    TooManyRequestsException: 'Ci sono state troppe richieste in poco tempo. Attendi un minuto, poi riprova.',
    UnexpectedLambdaException:
      'Si è verificato un problema durante la verifica dei tuoi dati. Riprova più tardi o contatta l’assistenza.',
    UserLambdaValidationException: 'I tuoi dati non sono stati accettati. Controllali e riprova.',
    UserNotConfirmedException:
      'Il tuo account non è ancora confermato. Confermalo con il codice che ti abbiamo inviato al momento della registrazione, poi accedi di nuovo.',
    UserNotFoundException:
      'Non troviamo il tuo account. Potrebbe essere stato chiuso. Accedi di nuovo per continuare.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'Questo {attribute} è già usato da un altro account. Accedi a quell’account oppure registrati di nuovo con un altro {attribute}.',
      InvalidParameterException:
        'Non siamo riusciti a confermare un account con questi dati. Controlla il nome utente, poi inserisci di nuovo il codice.',
      LimitExceededException:
        'Sono stati inseriti troppi codici errati. Attendi qualche minuto, poi inserisci di nuovo il codice.',
      NotAuthorizedException:
        'Questo account non può essere confermato. Potrebbe essere stato disattivato. Se hai bisogno di aiuto, contatta l’assistenza.',
      TooManyFailedAttemptsException:
        'Sono stati inseriti troppi codici errati. Attendi qualche minuto prima di inserire di nuovo il codice.',
      UserLambdaValidationException:
        'Non siamo riusciti a confermare il tuo account perché alcuni dei tuoi dati non sono stati accettati.',
      UserNotFoundException: 'Non esiste un account con questo nome utente. Controlla il nome utente e riprova.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException:
        'Non siamo riusciti a inviare un nuovo codice. Attendi un momento, poi richiedilo di nuovo.',
      InvalidParameterException:
        'Non siamo riusciti a inviare un nuovo codice per questo account. Se l’account è già confermato, accedi.',
      LimitExceededException:
        'Sono stati richiesti troppi codici. Attendi qualche minuto prima di richiederne un altro.',
      NotAuthorizedException:
        'Non possiamo inviare un codice per questo account. Se hai bisogno di aiuto, contatta l’assistenza.',
      UserLambdaValidationException:
        'Non siamo riusciti a inviare un nuovo codice perché alcuni dei tuoi dati non sono stati accettati.',
      UserNotFoundException:
        'Non esiste un account con questo nome utente. Controlla il nome utente, poi richiedi di nuovo un codice.',
    },
    UpdateUserAttributes: {
      AliasExistsException: 'Questo {attribute} è già usato da un altro account. Inserisci un altro {attribute}.',
      CodeDeliveryFailureException:
        'Non siamo riusciti a inviare un codice al nuovo {attribute}. Controlla che sia corretto, poi salvalo di nuovo.',
      CodeMismatchException:
        'Il tuo {attribute} non è stato modificato perché la verifica di un codice non è riuscita. Salva di nuovo la modifica per ricevere un nuovo codice.',
      ExpiredCodeException:
        'Il codice per questa modifica è scaduto. Salva di nuovo la modifica per ricevere un nuovo codice.',
      InvalidParameterException: 'Questo {attribute} non può essere usato. Controllalo e riprova.',
      PasswordResetRequiredException:
        'Devi reimpostare la password prima di poter modificare il tuo {attribute}. Reimpostala, poi accedi di nuovo.',
      UserLambdaValidationException: 'Questo {attribute} non è stato accettato. Controllalo o inseriscine un altro.',
      UserNotConfirmedException:
        'Potrai modificare il tuo {attribute} solo dopo aver confermato l’account. Conferma l’account, poi riprova.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'Non siamo riusciti a inviare un codice al tuo {attribute}. Controlla che sia corretto, poi richiedi un nuovo codice.',
      InvalidParameterException:
        'Non è possibile verificare il tuo {attribute}. Controlla che sia salvato nel tuo account, poi riprova.',
      LimitExceededException:
        'Sono stati richiesti troppi codici. Attendi qualche minuto prima di richiederne un altro.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'Questo {attribute} è già usato da un altro account, quindi non può essere verificato per il tuo. Usa un altro {attribute}.',
      InvalidParameterException:
        'Non siamo riusciti a verificare il tuo {attribute} con questo codice. Richiedi un nuovo codice, poi inseriscilo qui.',
      LimitExceededException:
        'Sono stati inseriti troppi codici errati. Attendi qualche minuto, poi inserisci di nuovo il codice.',
    },
    GetUser: {
      InvalidParameterException:
        'Non siamo riusciti a controllare i dati del tuo account. Accedi di nuovo per continuare.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException:
        'Non siamo riusciti a inviare un codice di reimpostazione. Attendi un momento, poi richiedi di nuovo un codice.',
      InvalidParameterException:
        'Non siamo riusciti a inviare un codice di reimpostazione per questo account. Se hai bisogno di aiuto per accedere, contatta l’assistenza.',
      LimitExceededException:
        'Sono stati richiesti troppi codici di reimpostazione. Attendi qualche minuto prima di richiederne un altro.',
      NotAuthorizedException:
        'La password di questo account non può essere reimpostata qui. Se hai bisogno di aiuto, contatta l’assistenza.',
      OperationNotEnabledException:
        'Al momento non è possibile reimpostare le password qui. Se hai bisogno di aiuto per accedere, contatta l’assistenza.',
      UserLambdaValidationException:
        'Non siamo riusciti a inviare un codice di reimpostazione perché alcuni dei tuoi dati non sono stati accettati.',
      UserNotFoundException:
        'Non siamo riusciti a inviare un codice per questo nome utente. Controlla il nome utente e riprova.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'Non siamo riusciti a reimpostare la password con questi dati. Controlla il codice e la nuova password, poi riprova.',
      LimitExceededException:
        'Sono stati inseriti troppi codici errati. Attendi qualche minuto, poi inserisci di nuovo il codice.',
      NotAuthorizedException:
        'La password di questo account non può essere reimpostata qui. Se hai bisogno di aiuto, contatta l’assistenza.',
      OperationNotEnabledException:
        'Al momento non è possibile reimpostare le password qui. Se hai bisogno di aiuto per accedere, contatta l’assistenza.',
      TooManyFailedAttemptsException:
        'Sono stati inseriti troppi codici errati. Attendi qualche minuto prima di inserire di nuovo il codice.',
      UserLambdaValidationException:
        'Non siamo riusciti a modificare la password perché alcuni dei tuoi dati non sono stati accettati.',
      UserNotConfirmedException:
        'Il tuo account non è ancora confermato. Confermalo con il codice che ti abbiamo inviato al momento della registrazione, poi reimposta la password.',
      UserNotFoundException:
        'Non siamo riusciti a reimpostare la password per questo nome utente. Controlla il nome utente e riprova.',
    },
  },

  local: {
    ValidationError: 'Controlla i dati inseriti e riprova.',
    NetworkError: 'Non siamo riusciti a connetterci. Controlla la connessione a Internet e riprova.',
    TimeoutError: 'L’operazione sta richiedendo troppo tempo. Controlla la connessione a Internet e riprova.',
    AbortError: '',
    SessionExpiredError: 'La tua sessione è stata chiusa. Accedi di nuovo per continuare.',
    UnknownError: 'Qualcosa è andato storto. Riprova o, se il problema continua, contatta l’assistenza.',
  },

  validation: {
    code: {
      required: 'Inserisci il codice che ti abbiamo inviato',
      tooLong: 'Inserisci solo il codice del messaggio',
      pattern: 'Inserisci il codice esattamente come appare nel messaggio',
      format: 'Inserisci il codice nel formato corretto, ad esempio 123456',
      incomplete: {
        one: 'Inserisci il codice completo di {length} cifra',
        many: 'Inserisci tutte le {length} cifre del codice',
        other: 'Inserisci tutte le {length} cifre del codice',
      },
    },
    username: {
      required: 'Inserisci il tuo nome utente',
      tooLong: 'Il nome utente deve avere al massimo 128 caratteri',
      pattern: 'Il nome utente non può contenere spazi',
      format: 'Inserisci il nome utente nel formato corretto',
    },
    password: {
      required: 'Inserisci una nuova password',
      tooLong: 'La password deve avere al massimo 256 caratteri',
      pattern: 'La password non può iniziare o finire con uno spazio',
      format: 'Scegli una password che rispetti tutti i requisiti dell’elenco',
    },
    attributeName: {
      required: 'Scegli cosa verificare',
      tooLong: 'Il nome dell’attributo deve avere al massimo 32 caratteri',
      pattern: 'Il nome dell’attributo non può contenere spazi',
      format: 'Inserisci il nome dell’attributo nel formato corretto',
    },
    value: {
      required: 'Inserisci il tuo {attribute}',
      tooLong: 'Il tuo {attribute} deve avere al massimo 2.048 caratteri',
      pattern: 'Il tuo {attribute} contiene caratteri che non si possono usare',
      format: 'Inserisci il tuo {attribute} nel formato corretto',
    },
    valueByAttribute: {
      email: {
        format: 'Inserisci un indirizzo email nel formato corretto, ad esempio nome@example.com',
      },
      phone_number: {
        pattern: 'Inserisci un numero di telefono con il prefisso internazionale, ad esempio +15555550123',
        format: 'Inserisci un numero di telefono con il prefisso internazionale, ad esempio +15555550123',
      },
    },
    configuration: {
      required:
        'In questa pagina mancano alcuni dati di configurazione. Riprova più tardi o, se il problema continua, contatta l’assistenza',
      tooLong:
        'Questa pagina ha inviato dati di configurazione troppo lunghi. Riprova più tardi o, se il problema continua, contatta l’assistenza',
      pattern:
        'Questa pagina ha inviato dati di configurazione non utilizzabili. Riprova più tardi o, se il problema continua, contatta l’assistenza',
      format:
        'Questa pagina ha inviato dati di configurazione in un formato errato. Riprova più tardi o, se il problema continua, contatta l’assistenza',
    },
    accessToken: {
      required: 'Accedi per continuare',
    },
  },

  attributes: {
    email: { noun: 'indirizzo email', label: 'Indirizzo email' },
    phone_number: { noun: 'numero di telefono', label: 'Numero di telefono' },
    given_name: { noun: 'nome', label: 'Nome' },
    family_name: { noun: 'cognome', label: 'Cognome' },
    preferred_username: { noun: 'nome utente preferito', label: 'Nome utente preferito' },
  },

  ui: {
    confirmationCodeLabel: 'Codice di conferma',
    verificationCodeLabel: 'Codice di verifica',
    confirm: 'Conferma',
    verify: 'Verifica',
    save: 'Salva',
    resendCode: 'Invia di nuovo il codice',
    sendCode: 'Invia codice',
    resendCodeIn: 'Invia di nuovo il codice tra {time}',
    codeSent: 'Abbiamo inviato un codice a {destination}.',
    codeSentByEmail: 'Abbiamo inviato un codice via email a {destination}.',
    codeSentBySms: 'Abbiamo inviato un codice via SMS al numero {destination}.',
    codeSentNoDestination: 'Ti abbiamo inviato un codice.',
    newCodeSent: 'Abbiamo inviato un nuovo codice a {destination}.',
    resendAvailable: 'Ora puoi richiedere un nuovo codice.',
    confirmed: 'Il tuo account è confermato.',
    alreadyConfirmed: 'Il tuo account è già confermato. Puoi accedere.',
    verified: 'Il tuo {attribute} è verificato.',
    saved: 'Il tuo {attribute} è stato salvato.',
    pendingTitle: 'Verifica il tuo nuovo {attribute}',
    pendingBody: 'Il tuo {attribute} attuale resta attivo finché non verifichi {value}.',
    unverifiedTitle: 'Il tuo {attribute} non è verificato',
    unverifiedBody: 'Devi verificare {value} prima di poterlo usare.',
    cancelChange: 'Annulla modifica',
    tryAgain: 'Riprova',
    signInAgain: 'Accedi di nuovo',
    useThisAnyway: 'Usalo invece per questo account',
    useThisAnywayHint: 'L’altro account non potrà più accedere con questo {attribute}.',
    waitUntil: 'Riprova dopo {time}.',
    codeHint: {
      one: 'Inserisci il codice di {length} cifra',
      many: 'Inserisci il codice di {length} cifre',
      other: 'Inserisci il codice di {length} cifre',
    },
    codeNotSentYet: 'Non ti abbiamo ancora inviato un codice. Richiedine uno, poi inseriscilo qui.',
    loading: 'Caricamento del tuo {attribute}…',
    codeHintAnyLength: 'Inserisci il codice del messaggio',
    submitting: 'Verifica in corso…',
    sending: 'Invio in corso…',
    saving: 'Salvataggio in corso…',
    errorPrefix: 'Errore:',
    attributeFallback: 'indirizzo email o numero di telefono',
    usernameLabel: 'Nome utente',
    resetPasswordHint: 'Invieremo un codice all’indirizzo email o al numero di telefono associato al tuo account.',
    newPasswordLabel: 'Nuova password',
    showPassword: 'Mostra password',
    hidePassword: 'Nascondi password',
    passwordRulesTitle: 'La password deve contenere',
    passwordMinLength: {
      one: 'Almeno {count} carattere',
      many: 'Almeno {count} caratteri',
      other: 'Almeno {count} caratteri',
    },
    passwordLowercase: 'Una lettera minuscola',
    passwordUppercase: 'Una lettera maiuscola',
    passwordNumber: 'Un numero',
    passwordSymbol: 'Un simbolo, come ! o @',
    ruleMet: 'Fatto:',
    ruleNotMet: 'Manca ancora:',
    passwordRulesLeft: {
      one: 'Manca ancora {count} requisito per la password',
      many: 'Mancano ancora {count} requisiti per la password',
      other: 'Mancano ancora {count} requisiti per la password',
    },
    passwordRulesAllMet: 'La password rispetta tutti i requisiti.',
    resetPassword: 'Reimposta password',
    resettingPassword: 'Reimpostazione in corso…',
    passwordChanged: 'La password è stata modificata. Accedi con la nuova password.',
    signIn: 'Accedi',
    confirmAccount: 'Conferma il tuo account',
    useAnotherUsername: 'Usa un altro nome utente',
  },
};
