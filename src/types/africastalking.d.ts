/** The small part of the `africastalking` SDK (0.8.3, CommonJS, untyped) this project uses. */
declare module 'africastalking' {
  interface SmsSendParams {
    to: string | string[];
    message: string;
    from?: string;
    enqueue?: boolean;
  }
  interface AfricasTalkingClient {
    SMS: { send(params: SmsSendParams): Promise<unknown> };
  }
  function AfricasTalking(options: { apiKey: string; username: string }): AfricasTalkingClient;
  export default AfricasTalking;
}

