import type { Messages } from '../messages/types.ts';

/** Portuguese, Brazil (pt-BR). */
export const messages: Messages = {
  locale: 'pt-BR',

  exceptions: {
    AliasExistsException:
      'Outra conta já usa este {attribute}. Use outro {attribute} ou faça login na outra conta.',
    CodeDeliveryFailureException:
      'Não conseguimos enviar o código. Verifique se o {attribute} está correto e peça um novo código.',
    CodeMismatchException: 'Esse código não corresponde ao que enviamos. Confira o código e digite-o novamente.',
    ExpiredCodeException: 'Esse código expirou. Peça um novo código e digite-o aqui.',
    ForbiddenException:
      'No momento, não podemos aceitar esta solicitação da sua rede. Tente novamente mais tarde ou, se o problema continuar, entre em contato com o suporte.',
    InternalErrorException: 'Há um problema com o serviço de login. Tente novamente em alguns minutos.',
    InvalidEmailRoleAccessPolicyException:
      'No momento, não podemos enviar e-mails por causa de um problema do nosso lado. Tente novamente mais tarde ou entre em contato com o suporte.',
    InvalidLambdaResponseException:
      'Não conseguimos concluir esta ação por causa de um problema do nosso lado. Tente novamente mais tarde ou entre em contato com o suporte.',
    InvalidParameterException: 'Alguns dos dados enviados não foram aceitos. Confira-os e tente novamente.',
    InvalidPasswordException: 'Esta senha não atende aos requisitos. Escolha outra senha.',
    InvalidSmsRoleAccessPolicyException:
      'No momento, não podemos enviar SMS por causa de um problema do nosso lado. Tente novamente mais tarde ou entre em contato com o suporte.',
    InvalidSmsRoleTrustRelationshipException:
      'No momento, não é possível enviar SMS por causa de um problema de configuração do nosso lado. Tente novamente mais tarde ou entre em contato com o suporte.',
    LimitExceededException: 'Houve tentativas demais. Aguarde alguns minutos e tente novamente.',
    NotAuthorizedException: 'Sua sessão terminou. Faça login novamente para continuar.',
    OperationNotEnabledException:
      'No momento, isto não está disponível para sua conta. Se precisar de ajuda, entre em contato com o suporte.',
    PasswordHistoryPolicyViolationException:
      'Você já usou esta senha antes. Escolha uma senha que você não tenha usado recentemente.',
    PasswordResetRequiredException:
      'Você precisa redefinir sua senha antes de continuar. Redefina-a e faça login novamente.',
    ResourceNotFoundException:
      'Este serviço não está configurado corretamente, então não podemos continuar. Tente novamente mais tarde ou entre em contato com o suporte.',
    TooManyFailedAttemptsException:
      'Houve tentativas erradas demais. Aguarde alguns minutos antes de tentar novamente.',
    TooManyRequestsException: 'Houve solicitações demais em pouco tempo. Aguarde um minuto e tente novamente.',
    UnexpectedLambdaException:
      'Algo deu errado ao verificar seus dados. Tente novamente mais tarde ou entre em contato com o suporte.',
    UserLambdaValidationException: 'Seus dados não foram aceitos. Confira-os e tente novamente.',
    UserNotConfirmedException:
      'Sua conta ainda não foi confirmada. Confirme-a com o código que enviamos quando você se cadastrou e faça login novamente.',
    UserNotFoundException:
      'Não encontramos sua conta. Ela pode ter sido encerrada. Faça login novamente para continuar.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'Outra conta já usa este {attribute}. Faça login nessa conta ou cadastre-se novamente com outro {attribute}.',
      InvalidParameterException:
        'Não conseguimos confirmar uma conta com esses dados. Confira o nome de usuário e digite o código novamente.',
      LimitExceededException:
        'Foram digitados códigos errados demais. Aguarde alguns minutos e digite o código novamente.',
      NotAuthorizedException:
        'Não é possível confirmar esta conta. Ela pode ter sido desativada. Se precisar de ajuda, entre em contato com o suporte.',
      TooManyFailedAttemptsException:
        'Foram digitados códigos errados demais. Aguarde alguns minutos antes de digitar o código novamente.',
      UserLambdaValidationException:
        'Não conseguimos confirmar sua conta porque alguns dos seus dados não foram aceitos.',
      UserNotFoundException:
        'Não existe uma conta com esse nome de usuário. Confira o nome de usuário e tente novamente.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException:
        'Não conseguimos enviar um novo código. Aguarde um momento e peça um novo código outra vez.',
      InvalidParameterException:
        'Não conseguimos enviar um novo código para esta conta. Se a conta já estiver confirmada, faça login.',
      LimitExceededException: 'Foram pedidos códigos demais. Aguarde alguns minutos antes de pedir outro.',
      NotAuthorizedException:
        'Não podemos enviar um código para esta conta. Se precisar de ajuda, entre em contato com o suporte.',
      UserLambdaValidationException:
        'Não conseguimos enviar um novo código porque alguns dos seus dados não foram aceitos.',
      UserNotFoundException:
        'Não existe uma conta com esse nome de usuário. Confira o nome de usuário e peça um código novamente.',
    },
    UpdateUserAttributes: {
      AliasExistsException: 'Outra conta já usa este {attribute}. Digite outro {attribute}.',
      CodeDeliveryFailureException:
        'Não conseguimos enviar um código para o novo {attribute}. Verifique se ele está correto e salve-o novamente.',
      CodeMismatchException:
        'Seu {attribute} não foi alterado porque a verificação de um código falhou. Salve a alteração novamente para receber um novo código.',
      ExpiredCodeException:
        'O código desta alteração expirou. Salve a alteração novamente para receber um novo código.',
      InvalidParameterException: 'Não é possível usar este {attribute}. Confira-o e tente novamente.',
      PasswordResetRequiredException:
        'Você precisa redefinir sua senha antes de alterar seu {attribute}. Redefina-a e faça login novamente.',
      UserLambdaValidationException: 'Este {attribute} não foi aceito. Confira-o ou digite outro.',
      UserNotConfirmedException:
        'Você só poderá alterar seu {attribute} depois de confirmar sua conta. Confirme sua conta e tente novamente.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'Não conseguimos enviar um código para seu {attribute}. Verifique se ele está correto e peça um novo código.',
      InvalidParameterException:
        'Não é possível verificar seu {attribute}. Confira se ele está salvo na sua conta e tente novamente.',
      LimitExceededException: 'Foram pedidos códigos demais. Aguarde alguns minutos antes de pedir outro.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'Outra conta já usa este {attribute}, então não é possível verificá-lo para a sua. Use outro {attribute}.',
      InvalidParameterException:
        'Não conseguimos verificar seu {attribute} com este código. Peça um novo código e digite-o aqui.',
      LimitExceededException:
        'Foram digitados códigos errados demais. Aguarde alguns minutos e digite o código novamente.',
    },
    GetUser: {
      InvalidParameterException:
        'Não conseguimos verificar os dados da sua conta. Faça login novamente para continuar.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException:
        'Não conseguimos enviar um código de redefinição. Aguarde um momento e peça um código novamente.',
      InvalidParameterException:
        'Não conseguimos enviar um código de redefinição para esta conta. Se precisar de ajuda para fazer login, entre em contato com o suporte.',
      LimitExceededException:
        'Foram pedidos códigos de redefinição demais. Aguarde alguns minutos antes de pedir outro.',
      NotAuthorizedException:
        'A senha desta conta não pode ser redefinida aqui. Se precisar de ajuda, entre em contato com o suporte.',
      OperationNotEnabledException:
        'No momento, não é possível redefinir senhas aqui. Se precisar de ajuda para fazer login, entre em contato com o suporte.',
      UserLambdaValidationException:
        'Não conseguimos enviar um código de redefinição porque alguns dos seus dados não foram aceitos.',
      UserNotFoundException:
        'Não conseguimos enviar um código para esse nome de usuário. Confira o nome de usuário e tente novamente.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'Não conseguimos redefinir sua senha com esses dados. Confira o código e a nova senha e tente novamente.',
      LimitExceededException:
        'Foram digitados códigos errados demais. Aguarde alguns minutos e digite o código novamente.',
      NotAuthorizedException:
        'A senha desta conta não pode ser redefinida aqui. Se precisar de ajuda, entre em contato com o suporte.',
      OperationNotEnabledException:
        'No momento, não é possível redefinir senhas aqui. Se precisar de ajuda para fazer login, entre em contato com o suporte.',
      TooManyFailedAttemptsException:
        'Foram digitados códigos errados demais. Aguarde alguns minutos antes de digitar o código novamente.',
      UserLambdaValidationException:
        'Não conseguimos alterar sua senha porque alguns dos seus dados não foram aceitos.',
      UserNotConfirmedException:
        'Sua conta ainda não foi confirmada. Confirme-a com o código que enviamos quando você se cadastrou e depois redefina sua senha.',
      UserNotFoundException:
        'Não conseguimos redefinir a senha desse nome de usuário. Confira o nome de usuário e tente novamente.',
    },
  },

  local: {
    ValidationError: 'Confira os dados que você digitou e tente novamente.',
    NetworkError: 'Não conseguimos conectar. Verifique sua conexão com a internet e tente novamente.',
    TimeoutError: 'Isso está demorando demais. Verifique sua conexão com a internet e tente novamente.',
    AbortError: '',
    SessionExpiredError: 'Sua sessão foi encerrada. Faça login novamente para continuar.',
    UnknownError: 'Algo deu errado. Tente novamente ou, se o problema continuar, entre em contato com o suporte.',
  },

  validation: {
    code: {
      required: 'Digite o código que enviamos para você',
      tooLong: 'Digite apenas o código da mensagem',
      pattern: 'Digite o código exatamente como aparece na mensagem',
      format: 'Digite o código no formato correto, por exemplo, 123456',
      incomplete: {
        one: 'Digite o código completo de {length} dígito',
        many: 'Digite todos os {length} dígitos do código',
        other: 'Digite todos os {length} dígitos do código',
      },
    },
    username: {
      required: 'Digite seu nome de usuário',
      tooLong: 'O nome de usuário deve ter no máximo 128 caracteres',
      pattern: 'O nome de usuário não pode ter espaços',
      format: 'Digite seu nome de usuário no formato correto',
    },
    password: {
      required: 'Digite uma nova senha',
      tooLong: 'A senha deve ter no máximo 256 caracteres',
      pattern: 'A senha não pode começar nem terminar com espaço',
      format: 'Escolha uma senha que atenda a todos os requisitos da lista',
    },
    attributeName: {
      required: 'Escolha o que você quer verificar',
      tooLong: 'O nome do atributo deve ter no máximo 32 caracteres',
      pattern: 'O nome do atributo não pode ter espaços',
      format: 'Digite o nome do atributo no formato correto',
    },
    value: {
      required: 'Digite seu {attribute}',
      tooLong: 'Seu {attribute} deve ter no máximo 2.048 caracteres',
      pattern: 'Seu {attribute} tem caracteres que não podem ser usados',
      format: 'Digite seu {attribute} no formato correto',
    },
    valueByAttribute: {
      email: {
        format: 'Digite um e-mail no formato correto, por exemplo, nome@example.com',
      },
      phone_number: {
        pattern: 'Digite um número de celular com o código do país, por exemplo, +15555550123',
        format: 'Digite um número de celular com o código do país, por exemplo, +15555550123',
      },
    },
    configuration: {
      required:
        'Faltam alguns dados de configuração nesta página. Tente novamente mais tarde ou, se o problema continuar, entre em contato com o suporte',
      tooLong:
        'Esta página enviou dados de configuração longos demais. Tente novamente mais tarde ou, se o problema continuar, entre em contato com o suporte',
      pattern:
        'Esta página enviou dados de configuração que não podem ser usados. Tente novamente mais tarde ou, se o problema continuar, entre em contato com o suporte',
      format:
        'Esta página enviou dados de configuração no formato errado. Tente novamente mais tarde ou, se o problema continuar, entre em contato com o suporte',
    },
    accessToken: {
      required: 'Faça login para continuar',
    },
  },

  attributes: {
    email: { noun: 'e-mail', label: 'E-mail' },
    phone_number: { noun: 'número de celular', label: 'Celular' },
    given_name: { noun: 'nome', label: 'Nome' },
    family_name: { noun: 'sobrenome', label: 'Sobrenome' },
    preferred_username: { noun: 'nome de usuário preferido', label: 'Nome de usuário preferido' },
  },

  ui: {
    confirmationCodeLabel: 'Código de confirmação',
    verificationCodeLabel: 'Código de verificação',
    confirm: 'Confirmar',
    verify: 'Verificar',
    save: 'Salvar',
    resendCode: 'Reenviar código',
    sendCode: 'Enviar código',
    resendCodeIn: 'Reenviar código em {time}',
    codeSent: 'Enviamos um código para {destination}.',
    codeSentByEmail: 'Enviamos um código por e-mail para {destination}.',
    codeSentBySms: 'Enviamos um código por SMS para {destination}.',
    codeSentNoDestination: 'Enviamos um código para você.',
    newCodeSent: 'Enviamos um novo código para {destination}.',
    resendAvailable: 'Agora você pode pedir um novo código.',
    confirmed: 'Sua conta foi confirmada.',
    alreadyConfirmed: 'Sua conta já está confirmada. Você pode fazer login.',
    verified: 'Seu {attribute} foi verificado.',
    saved: 'Seu {attribute} foi salvo.',
    pendingTitle: 'Verifique seu novo {attribute}',
    pendingBody: 'Seu {attribute} atual continua valendo até você verificar {value}.',
    unverifiedTitle: 'Seu {attribute} não foi verificado',
    unverifiedBody: 'Você precisa verificar {value} antes de usá-lo.',
    cancelChange: 'Cancelar alteração',
    tryAgain: 'Tentar novamente',
    signInAgain: 'Fazer login novamente',
    useThisAnyway: 'Usar nesta conta',
    useThisAnywayHint: 'A outra conta não poderá mais fazer login com este {attribute}.',
    waitUntil: 'Tente novamente depois de {time}.',
    codeHint: {
      one: 'Digite o código de {length} dígito',
      many: 'Digite o código de {length} dígitos',
      other: 'Digite o código de {length} dígitos',
    },
    codeNotSentYet: 'Ainda não enviamos um código. Peça um e digite-o aqui.',
    loading: 'Carregando seu {attribute}…',
    codeHintAnyLength: 'Digite o código da mensagem',
    submitting: 'Verificando…',
    sending: 'Enviando…',
    saving: 'Salvando…',
    errorPrefix: 'Erro:',
    attributeFallback: 'e-mail ou número de celular',
    usernameLabel: 'Nome de usuário',
    resetPasswordHint: 'Vamos enviar um código para o e-mail ou o número de celular da sua conta.',
    newPasswordLabel: 'Nova senha',
    showPassword: 'Mostrar senha',
    hidePassword: 'Ocultar senha',
    passwordRulesTitle: 'Sua senha precisa ter',
    passwordMinLength: {
      one: 'Pelo menos {count} caractere',
      many: 'Pelo menos {count} caracteres',
      other: 'Pelo menos {count} caracteres',
    },
    passwordLowercase: 'Uma letra minúscula',
    passwordUppercase: 'Uma letra maiúscula',
    passwordNumber: 'Um número',
    passwordSymbol: 'Um símbolo, como ! ou @',
    ruleMet: 'Requisito atendido:',
    ruleNotMet: 'Requisito pendente:',
    passwordRulesLeft: {
      one: 'Falta {count} requisito da senha',
      many: 'Faltam {count} requisitos da senha',
      other: 'Faltam {count} requisitos da senha',
    },
    passwordRulesAllMet: 'Sua senha atende a todos os requisitos.',
    resetPassword: 'Redefinir senha',
    resettingPassword: 'Redefinindo…',
    passwordChanged: 'Sua senha foi alterada. Faça login com a nova senha.',
    signIn: 'Fazer login',
    confirmAccount: 'Confirmar conta',
    useAnotherUsername: 'Usar outro nome de usuário',
  },
};
