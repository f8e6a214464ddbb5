import { MyOrdersScreen } from '../../features/my-orders/my-orders-screen';

export function MyOrdersRoute() {
  return <MyOrdersScreen />;
}
